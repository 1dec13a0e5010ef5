package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
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
 * {@code ./kehu up --replicas 2} runs them: they share the partitions and classify every client as
 * one instance does; when one is killed with SIGKILL mid-feed, the survivor takes over its
 * partitions and the outbox relay, losing and doubling nothing. Compared with a single-instance run
 * of the same feed, after each half of it.
 */
class SegmentationReplicasTest {

    private static final Feed.Plan PLAN = Feed.Plan.of(24_000, 300);
    private static final String SERVICE = "segmentation-service";
    private static final String GROUP = "segmentation-service";
    private static final List<String> CHANNELS = List.of("feed");

    /** The single instance's segments after the first half of the feed, and after all of it. */
    private static Map<String, String> referenceHalf;
    private static Map<String, String> reference;

    @BeforeAll
    static void singleInstanceRun() throws SQLException {
        try (FaultRig rig = new FaultRig(Replicas.PARTITIONS);
             ServiceUnderTest one = Replicas.start(rig, SERVICE, "seg-reference", CHANNELS, List.of());
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin();
             Connection db = rig.connect("segmentation")) {
            List<Runnable> sends = sends(feed);
            sends.subList(0, sends.size() / 2).forEach(Runnable::run);
            feed.flush();
            SegmentationChecks.settle(admin, db);
            referenceHalf = SegmentationChecks.segments(one, rig.tokens(), PLAN.clients());
            sends.subList(sends.size() / 2, sends.size()).forEach(Runnable::run);
            feed.flush();
            SegmentationChecks.settle(admin, db);
            reference = SegmentationChecks.segments(one, rig.tokens(), PLAN.clients());
            SegmentationChecks.assertChainsHold(rig.bootstrap());
        }
        assertEquals(PLAN.clients(), reference.size(), "every client is classified in the reference run");
        assertTrue(!referenceHalf.equals(reference), "the second half changes segments: the kill has something to lose");
    }

    @Test
    void twoInstancesClassifyAsOneAndWhenOneIsKilledMidFeedTheSurvivorTakesOverLosingNothing() throws SQLException {
        try (FaultRig rig = new FaultRig(Replicas.PARTITIONS);
             Replicas.Running two = Replicas.Running.of(Replicas.start(rig, SERVICE, List.of("seg-a", "seg-b"), CHANNELS,
                     List.of()));
             Feed feed = new Feed(rig.bootstrap());
             Admin admin = rig.kafka().admin();
             Connection db = rig.connect("segmentation")) {
            ServiceUnderTest a = two.get(0);
            ServiceUnderTest b = two.get(1);
            Set<String> feedPartitions = Replicas.partitions(SegmentationChecks.FEED);
            Map<String, Set<String>> shared = Replicas.awaitAssignment(admin, GROUP,
                    m -> m.size() == 2 && m.values().stream().noneMatch(Set::isEmpty)
                            && feedPartitions.equals(Replicas.union(m)), Duration.ofSeconds(60));

            // 1. the first half with both instances: the segments of one instance
            List<Runnable> sends = sends(feed);
            sends.subList(0, sends.size() / 2).forEach(Runnable::run);
            feed.flush();
            SegmentationChecks.settle(admin, db);
            assertEquals(referenceHalf, SegmentationChecks.segments(a, rig.tokens(), PLAN.clients()));
            assertEquals(referenceHalf, SegmentationChecks.segments(b, rig.tokens(), PLAN.clients()),
                    "both instances read the one database");
            assertEquals(shared, Replicas.assignment(admin, GROUP), "each instance kept its share of the partitions");
            assertTrue(SegmentationChecks.published(a) + SegmentationChecks.published(b) > 0);

            // 2. the second half waits on the broker; at the first progress, the relay leader (the
            // instance whose relay published the most: the lock is taken batch by batch) is killed
            long total = Lag.of(admin, SegmentationChecks.FEED) + sends.size() - sends.size() / 2;
            sends.subList(sends.size() / 2, sends.size()).forEach(Runnable::run);
            feed.flush();
            while (Lag.of(admin, SegmentationChecks.FEED) >= total) {
                Pause.millis(5);
            }
            boolean aLeads = SegmentationChecks.published(a) >= SegmentationChecks.published(b);
            ServiceUnderTest leader = aLeads ? a : b;
            ServiceUnderTest survivor = aLeads ? b : a;
            leader.kill9();
            double survivorBefore = SegmentationChecks.published(survivor);
            // what is appended from here on, only the survivor can have written and relayed
            long logAtKill = Replicas.count(db, "select coalesce(max(position), 0) from es_event");
            assertTrue(Lag.of(admin, SegmentationChecks.FEED) > 0, "the kill must land mid-feed");

            // the survivor holds every partition
            Replicas.awaitAssignment(admin, GROUP, m -> m.size() == 1 && feedPartitions.equals(Replicas.union(m)),
                    Duration.ofSeconds(90));
            SegmentationChecks.settle(admin, db);
            // a commit that ran ahead of what was processed would lose trades without moving a segment
            SegmentationChecks.assertEveryTradeRecorded(feed.tradesPerClient(PLAN), db);

            assertEquals(reference, SegmentationChecks.segments(survivor, rig.tokens(), PLAN.clients()));
            int[] records = SegmentationChecks.assertChainsHold(rig.bootstrap());
            assertEquals(0, Replicas.count(db, "select count(*) from es_outbox"), "the outbox is drained");
            // a quiet machine may have classified every change of the feed before the kill: then there is
            // nothing new for the survivor to publish, and the drained outbox above already says it lost nothing
            long changedAfterKill = Replicas.count(db, "select count(*) from es_event where position > " + logAtKill
                    + " and type = 'segmentation.client.segment-changed.v1'");
            assertTrue(SegmentationChecks.published(survivor) - survivorBefore >= changedAfterKill,
                    "the survivor's relay publishes every change recorded after the leader is gone ("
                            + changedAfterKill + ")");
            assertEquals(Replicas.count(db, "select count(*) from es_event where type = 'segmentation.client.segment-changed.v1'"),
                    records[1], "every segment change is published, each under one id");
        }
    }

    private static List<Runnable> sends(Feed feed) {
        List<Runnable> sends = new ArrayList<>();
        feed.generate(PLAN, (topic, clientId, send) -> sends.add(send));
        return sends;
    }
}
