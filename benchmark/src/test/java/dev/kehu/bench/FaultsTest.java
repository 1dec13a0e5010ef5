package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;


/**
 * Faults tried for real (Maven profile {@code faults}): service processes killed with SIGKILL,
 * the broker and PostgreSQL stopped and restarted mid-stream. Each run is compared with an
 * uninterrupted run of the same feed.
 */
class FaultsTest {

    /** The long run's plan; the short run in CI (profile faults-short) sets a smaller one. */
    private static final Feed.Plan PLAN = Feed.Plan.of(Long.getLong("kehu.faults.events", 60_000),
            Integer.getInteger("kehu.faults.clients", 600));
    private static final List<String> FEED = SegmentationChecks.FEED;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, String> reference;

    @BeforeAll
    static void uninterruptedRun() {
        try (FaultRig rig = new FaultRig();
             ServiceUnderTest segmentation = segmentation(rig);
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin()) {
            feed.bulk(PLAN);
            settle(admin, rig);
            reference = segments(segmentation, rig);
            assertChainsHold(rig);
        }
        assertEquals(PLAN.clients(), reference.size(), "every client is classified in the reference run");
    }

    @Test
    void killingSegmentationMidBurstChangesNeitherTheSegmentsNorTheChangesPublished() {
        try (FaultRig rig = new FaultRig(); Feed feed = new Feed(rig.bootstrap()); Admin admin = rig.kafka().admin()) {
            // the whole burst waits on the broker first, so the service starts into a backlog
            long total = feed.bulk(PLAN);
            ServiceUnderTest first = ServiceUnderTest.launch("segmentation-service", rig.target(),
                    dev.kehu.testsupport.FreePorts.find(), rig.logs(), List.of());
            // kill at the first committed progress, with most of the backlog still to go
            while (Lag.of(admin, FEED) >= total) {
                Pause.millis(5);
            }
            first.kill9();
            long lagAtKill = Lag.of(admin, FEED);
            assertTrue(lagAtKill > 0, "the kill must land mid-burst");
            try (ServiceUnderTest second = segmentation(rig)) {
                settle(admin, rig);
                assertEquals(reference, segments(second, rig));
                assertChainsHold(rig);
            }
        }
    }

    @Test
    void restartingTheBrokerMidStreamLosesAndDoublesNothing() {
        try (FaultRig rig = new FaultRig()) {
            List<Runnable> sends = new ArrayList<>();
            try (ServiceUnderTest segmentation = segmentation(rig)) {
                Feed first = new Feed(rig.bootstrap());
                first.generate(PLAN, (topic, clientId, send) -> sends.add(send));
                sends.subList(0, sends.size() / 2).forEach(Runnable::run);
                first.flush();
                first.close();
                // stop it mid-stream for real: once the service has committed some of the first half
                try (Admin admin = rig.kafka().admin()) {
                    long firstHalf = sends.size() / 2;
                    while (Lag.of(admin, FEED) >= firstHalf) {
                        Pause.millis(5);
                    }
                }
                rig.stopKafka();
                Pause.millis(5_000);
                rig.startKafka();
                try (Feed second = new Feed(rig.bootstrap()); Admin admin = rig.kafka().admin()) {
                    // the same records, produced by a feed that arrived after the restart
                    List<Runnable> rest = new ArrayList<>();
                    second.generate(PLAN, (topic, clientId, send) -> rest.add(send));
                    rest.subList(rest.size() / 2, rest.size()).forEach(Runnable::run);
                    second.flush();
                    settle(admin, rig);
                    assertEquals(reference, segments(segmentation, rig));
                    assertChainsHold(rig);
                }
            }
        }
    }

    @Test
    void withPostgresDownTheServiceIsNotReadyThenRecoversAndPublishesEverything() {
        try (FaultRig rig = new FaultRig(); Feed feed = new Feed(rig.bootstrap()); Admin admin = rig.kafka().admin();
             ServiceUnderTest segmentation = segmentation(rig)) {
            List<Runnable> sends = new ArrayList<>();
            feed.generate(PLAN, (topic, clientId, send) -> sends.add(send));
            sends.subList(0, sends.size() / 2).forEach(Runnable::run);
            feed.flush();
            rig.stopPostgres();
            boolean wentDown = false;
            for (int i = 0; i < 150 && !wentDown; i++) {
                wentDown = !segmentation.isReady();
                Pause.millis(200);
            }
            assertTrue(wentDown, "readiness must report the database outage");
            sends.subList(sends.size() / 2, sends.size()).forEach(Runnable::run);
            feed.flush();
            Pause.millis(5_000);
            rig.startPostgres();
            segmentation.awaitReady(Duration.ofSeconds(90));
            settle(admin, rig);
            assertEquals(reference, segments(segmentation, rig));
            assertChainsHold(rig);
        }
    }

    @Test
    void fiftyConcurrentSubmissionsForOneClientLeaveAConsistentHistory() throws Exception {
        try (FaultRig rig = new FaultRig();
             ServiceUnderTest profiling = ServiceUnderTest.start("profiling-service", rig.target(),
                     dev.kehu.testsupport.FreePorts.find(), rig.logs(), List.of())) {
            String token = rig.tokens().token("fault-advisor", "advisor", null);
            String url = profiling.url("/api/v1/clients/RACE1/risk-assessments");
            ExecutorService pool = Executors.newFixedThreadPool(50);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(pool.submit(() -> HttpLoad.send(HttpLoad.post(url, token, RestPhase.ANSWERS))));
            }
            Set<String> created = new HashSet<>();
            for (Future<HttpResponse<String>> a : answers) {
                HttpResponse<String> r = a.get();
                // a conflict on the stream, or shed at capacity with Retry-After: refused, never stored
                assertTrue(r.statusCode() == 201 || r.statusCode() == 409
                        || r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent(),
                        "unexpected " + r.statusCode() + " " + r.body());
                if (r.statusCode() == 201) {
                    created.add(JSON.readTree(r.body()).get("assessmentId").asText());
                }
            }
            pool.shutdown();
            JsonNode history = JSON.readTree(HttpLoad.send(HttpLoad.get(url + "?size=100", token)).body());
            JsonNode items = history.has("items") ? history.get("items") : history;
            Set<String> listed = new HashSet<>();
            items.forEach(item -> listed.add(item.get("assessmentId").asText()));
            assertFalse(created.isEmpty());
            assertEquals(created, listed, "every accepted submission, and only those, is in the history");
            assertEquals(created.size(), items.size(), "no assessment is listed twice");
        }
    }

    private static ServiceUnderTest segmentation(FaultRig rig) {
        return ServiceUnderTest.start("segmentation-service", rig.target(), dev.kehu.testsupport.FreePorts.find(),
                rig.logs(), List.of());
    }

    /** Waits for the feed to be consumed and the outbox drained, then checks no trade was lost or doubled. */
    private static void settle(Admin admin, FaultRig rig) {
        try (Connection db = rig.connect("segmentation"); Feed plan = new Feed(rig.bootstrap())) {
            SegmentationChecks.settle(admin, db);
            SegmentationChecks.assertEveryTradeRecorded(plan.tradesPerClient(PLAN), db);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> segments(ServiceUnderTest segmentation, FaultRig rig) {
        return SegmentationChecks.segments(segmentation, rig.tokens(), PLAN.clients());
    }

    private static void assertChainsHold(FaultRig rig) {
        SegmentationChecks.assertChainsHold(rig.bootstrap());
    }
}
