package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of segmentation in one consumer group over a 6-partition feed, as
 * {@code ./kehu up --replicas 2} runs them: they classify every client as one instance does, and
 * when one is killed with SIGKILL mid-feed the survivor takes over its partitions and the outbox
 * relay, losing and doubling nothing. Compared with a single-instance run of the same feed.
 */
class SegmentationReplicasTest {

    private static final Feed.Plan PLAN = Feed.Plan.of(24_000, 300);
    private static final String SERVICE = "segmentation-service";
    private static final String GROUP = "segmentation-service";
    private static final List<String> CHANNELS = List.of("feed");

    private static Map<String, String> reference;

    @BeforeAll
    static void singleInstanceRun() {
        try (FaultRig rig = new FaultRig(Replicas.PARTITIONS);
             ServiceUnderTest one = Replicas.start(rig, SERVICE, "seg-reference", CHANNELS, List.of());
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin()) {
            feed.bulk(PLAN);
            SegmentationChecks.settle(admin, rig.bootstrap());
            reference = SegmentationChecks.segments(one, rig.tokens(), PLAN.clients());
            SegmentationChecks.assertChainsHold(rig.bootstrap());
        }
        assertEquals(PLAN.clients(), reference.size(), "every client is classified in the reference run");
    }

    @Test
    void twoInstancesShareThePartitionsAndClassifyAsOneDoes() {
        try (FaultRig rig = new FaultRig(Replicas.PARTITIONS);
             ServiceUnderTest a = Replicas.start(rig, SERVICE, "seg-a", CHANNELS, List.of());
             ServiceUnderTest b = Replicas.start(rig, SERVICE, "seg-b", CHANNELS, List.of());
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin()) {
            Map<String, Set<String>> shared = Replicas.awaitAssignment(admin, GROUP,
                    m -> m.size() == 2 && m.values().stream().noneMatch(Set::isEmpty)
                            && Replicas.partitions(SegmentationChecks.FEED).equals(Replicas.union(m)),
                    Duration.ofSeconds(60));
            feed.bulk(PLAN);
            SegmentationChecks.settle(admin, rig.bootstrap());
            assertEquals(reference, SegmentationChecks.segments(a, rig.tokens(), PLAN.clients()));
            assertEquals(reference, SegmentationChecks.segments(b, rig.tokens(), PLAN.clients()),
                    "both instances read the one database");
            SegmentationChecks.assertChainsHold(rig.bootstrap());
            assertEquals(shared, Replicas.assignment(admin, GROUP), "the partitions stayed where they were");
        }
    }

    @Test
    void killingOneInstanceMidFeedLosesAndDoublesNothingAndTheSurvivorTakesOver() throws SQLException {
        try (FaultRig rig = new FaultRig(Replicas.PARTITIONS);
             ServiceUnderTest a = Replicas.start(rig, SERVICE, "seg-a", CHANNELS, List.of());
             ServiceUnderTest b = Replicas.start(rig, SERVICE, "seg-b", CHANNELS, List.of());
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin();
             Connection db = rig.connect("segmentation")) {
            Replicas.awaitAssignment(admin, GROUP, m -> m.size() == 2 && m.values().stream().noneMatch(Set::isEmpty),
                    Duration.ofSeconds(60));
            List<Runnable> sends = new ArrayList<>();
            feed.generate(PLAN, (topic, send) -> sends.add(send));
            sends.subList(0, sends.size() / 2).forEach(Runnable::run);
            feed.flush();
            // kill the instance whose relay has published the most so far: the relay leader, as far
            // as one can tell from outside (the leadership is an advisory lock taken batch by batch)
            while (SegmentationChecks.published(a) + SegmentationChecks.published(b) == 0) {
                Pause.millis(20);
            }
            boolean aLeads = SegmentationChecks.published(a) >= SegmentationChecks.published(b);
            ServiceUnderTest leader = aLeads ? a : b;
            ServiceUnderTest survivor = aLeads ? b : a;
            double survivorBefore = SegmentationChecks.published(survivor);
            leader.kill9();
            long lagAtKill = Lag.of(admin, SegmentationChecks.FEED);
            assertTrue(lagAtKill > 0, "the kill must land while the first half is still being consumed");

            sends.subList(sends.size() / 2, sends.size()).forEach(Runnable::run);
            feed.flush();
            Map<String, Set<String>> takenOver = Replicas.awaitAssignment(admin, GROUP, m -> m.size() == 1,
                    Duration.ofSeconds(90));
            assertEquals(Replicas.partitions(SegmentationChecks.FEED), takenOver.values().iterator().next(),
                    "the survivor holds every partition");
            SegmentationChecks.settle(admin, rig.bootstrap());

            assertEquals(reference, SegmentationChecks.segments(survivor, rig.tokens(), PLAN.clients()));
            int[] records = SegmentationChecks.assertChainsHold(rig.bootstrap());
            assertEquals(0, Replicas.count(db, "select count(*) from es_outbox"), "the outbox is drained");
            assertTrue(SegmentationChecks.published(survivor) > survivorBefore,
                    "the survivor's relay publishes once the leader is gone");
            assertEquals(Replicas.count(db, "select count(*) from es_event where type = 'segmentation.client.segment-changed.v1'"),
                    records[1], "every segment change is published, each under one id");
        }
    }
}
