package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.contract.ClientNeedsRecorded;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.eventstore.contract.SegmentChanged;
import dev.kehu.testsupport.KafkaTestClient;
import dev.kehu.testsupport.PrometheusText;

/**
 * Two instances of retention in one consumer group over a 6-partition feed, one killed with SIGKILL
 * mid-feed and replaced: every account event becomes one signal, each client gets one alert and one
 * open task, and the scheduled jobs, running on both instances every second or two, escalate each
 * overdue task once and raise each client's NEGLECT once, not once per instance.
 */
class RetentionReplicasTest {

    private static final int CLIENTS = 300;
    /** Per client: a transfer-out request (an alert and a task at once), then complaints attached to the task. */
    private static final int ACCOUNT_EVENTS = 20;
    private static final String SERVICE = "retention-service";
    private static final String GROUP = "retention-service";
    /** Every incoming channel of retention (application.properties) and its topic, in the same order. */
    private static final List<String> CHANNELS = List.of("segments", "balances", "account-events", "surveys",
            "client-needs", "questionnaires");
    private static final List<String> TOPICS = List.of(SegmentChanged.TOPIC, Feed.BALANCES, Feed.ACCOUNT_EVENTS,
            "profiling.service-survey-completed", ClientNeedsRecorded.TOPIC, QuestionnaireCompleted.TOPIC);
    private static final List<String> FED = List.of(SegmentChanged.TOPIC, Feed.ACCOUNT_EVENTS);
    /** Both instances look for overdue tasks every second and scan for neglect every two. */
    private static final List<String> BUSY_SCHEDULE = List.of("-Dkehu.retention.escalation-interval=1s",
            "-Dkehu.retention.neglect-scan-cron=0/2 * * * * ?");
    private static final String[] PRIORITIES = {"KEY", "IMPORTANT", "STANDARD"};

    @Test
    void twoInstancesOneKilledMidFeedRaiseEachAlertTaskEscalationAndNeglectOnce() throws SQLException {
        try (FaultRig rig = new FaultRig(Replicas.PARTITIONS);
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin();
             Connection db = rig.connect("retention");
             Replicas.Running running = Replicas.Running.of(Replicas.start(rig, SERVICE, List.of("ret-a", "ret-b"),
                     CHANNELS, BUSY_SCHEDULE))) {
            Replicas.awaitAssignment(admin, GROUP, m -> m.size() == 2 * CHANNELS.size()
                    && Replicas.partitions(TOPICS).equals(Replicas.union(m)), Duration.ofSeconds(60));

            List<Runnable> sends = sends(feed);
            sends.subList(0, sends.size() / 2).forEach(Runnable::run);
            feed.flush();
            while (published(running.get(0)) + published(running.get(1)) == 0) {
                Pause.millis(20);
            }
            // the instance whose relay has published the most so far goes: the relay leader, as far
            // as one can tell from outside (the leadership is an advisory lock taken batch by batch)
            ServiceUnderTest leader = published(running.get(0)) >= published(running.get(1))
                    ? running.get(0) : running.get(1);
            leader.kill9();
            running.all().remove(leader);
            assertTrue(Lag.of(admin, FED) > 0, "the kill must land while the first half is still being consumed");
            ServiceUnderTest survivor = running.get(0);
            double survivorBefore = published(survivor);
            // a replacement joins, so that the schedule runs on two instances again
            running.all().add(Replicas.start(rig, SERVICE, "ret-c", CHANNELS, BUSY_SCHEDULE));
            sends.subList(sends.size() / 2, sends.size()).forEach(Runnable::run);
            feed.flush();
            Lag.awaitZero(admin, FED, Duration.ofMinutes(5));

            awaitStable(db, Duration.ofMinutes(3));
            assertTrue(published(survivor) + published(running.get(1)) > survivorBefore,
                    "the relay publishes after its leader was killed");

            Map<String, Long> openTasks = perKey(db, "select client_id, count(*) from retention_task where status = 'OPEN' "
                    + "group by client_id");
            assertEquals(CLIENTS, openTasks.size(), "every client has an open task");
            assertTrue(openTasks.values().stream().allMatch(n -> n == 1), "one open task per client: " + openTasks);
            assertOncePerStream(db, "retention.client.churn-alert-raised.v1", "", "alert");
            assertOncePerStream(db, "retention.cpr-task.escalated.v1", "", "escalation");
            assertOncePerStream(db, "retention.client.signal-raised.v1", " and data->>'kind' = 'NEGLECT'", "NEGLECT");
            assertEquals((long) CLIENTS * ACCOUNT_EVENTS, Replicas.count(db, "select count(*) from es_event where "
                    + "type = 'retention.client.signal-raised.v1' and data->>'kind' <> 'NEGLECT'"),
                    "every account event is one signal: none lost, none doubled");
            assertEquals(0, Replicas.count(db, "select count(*) from es_outbox"), "the outbox is drained");
            assertPublishedOnce(rig, "retention.churn-alerts", null, "alerts");
            assertPublishedOnce(rig, "retention.task-events", "retention.task.escalated.v1", "escalations");
        }
    }

    /** Per client: classified 400 days ago (so neglected by now), then account events ten days ago. */
    private static List<Runnable> sends(Feed feed) {
        List<Runnable> sends = new ArrayList<>();
        LocalDate classified = LocalDate.now(ZoneOffset.UTC).minusDays(400);
        Instant firstEvent = Instant.now().minus(Duration.ofDays(10));
        for (int i = 0; i < CLIENTS; i++) {
            String client = "C" + i;
            String priority = PRIORITIES[i % PRIORITIES.length];
            sends.add(() -> feed.segmentChanged(client, "MEDIUM", "STABLE", priority, classified));
        }
        for (int k = 0; k < ACCOUNT_EVENTS; k++) {
            Instant at = firstEvent.plus(Duration.ofMinutes(k));
            String kind = k == 0 ? "TRANSFER_OUT_REQUESTED" : "COMPLAINT_FILED";
            for (int i = 0; i < CLIENTS; i++) {
                String client = "C" + i;
                sends.add(() -> feed.accountEvent(client, at, kind));
            }
        }
        return sends;
    }

    /**
     * Waits until every task is escalated and every client flagged NEGLECT, then three more neglect
     * scans and escalation rounds, so a job that acted twice would show.
     */
    private static void awaitStable(Connection db, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (Replicas.count(db, "select count(*) from es_event where type = 'retention.cpr-task.escalated.v1'") < CLIENTS
                || Replicas.count(db, "select count(*) from es_event where type = 'retention.client.signal-raised.v1' "
                        + "and data->>'kind' = 'NEGLECT'") < CLIENTS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("tasks escalated or clients flagged NEGLECT fell short after " + timeout);
            }
            Pause.millis(500);
        }
        Pause.millis(7_000);
    }

    private static void assertOncePerStream(Connection db, String type, String where, String what) throws SQLException {
        Map<String, Long> perStream = perKey(db, "select stream_id, count(*) from es_event where type = '" + type + "'"
                + where + " group by stream_id");
        assertEquals(CLIENTS, perStream.size(), "one " + what + " for each client");
        perStream.forEach((stream, n) -> assertEquals(1L, n, what + " raised " + n + " times on " + stream));
    }

    /** Every record of the topic (of one CloudEvents type, if given): one id per client, each once. */
    private static void assertPublishedOnce(FaultRig rig, String topic, String type, String what) {
        List<ConsumerRecord<String, String>> records;
        try (KafkaTestClient kafka = new KafkaTestClient(rig.bootstrap())) {
            records = kafka.readUntil(topic, Duration.ofSeconds(3), all -> false);
        }
        Map<String, Set<String>> idsPerClient = new HashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            if (type == null || type.equals(KafkaTestClient.header(r, "ce_type"))) {
                idsPerClient.computeIfAbsent(r.key(), k -> new HashSet<>()).add(KafkaTestClient.header(r, "ce_id"));
            }
        }
        assertEquals(CLIENTS, idsPerClient.size(), what + " published for every client");
        idsPerClient.forEach((client, ids) -> assertEquals(1, ids.size(), what + " for " + client + ": " + ids));
    }

    private static double published(ServiceUnderTest retention) {
        return PrometheusText.scrape(URI.create(retention.url("/q/metrics"))).value("kehu_events_published_total");
    }

    private static Map<String, Long> perKey(Connection db, String sql) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
