package dev.kehu.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Consumer-group lag, read from the broker the way an operator would. */
final class Lag {

    private Lag() {
    }

    /** Messages on the topics not yet committed by any group that consumes them. */
    static long of(Admin admin, Collection<String> topics) {
        try {
            Map<TopicPartition, Long> ends = ends(admin, topics);
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(g -> g.groupId()).collect(Collectors.toList());
            long lag = 0;
            boolean anyConsumer = false;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                // the topics this group consumes: those it has committed on, and those its members are
                // assigned (a topic it has not committed on yet lags by all of it, not by nothing);
                // the segmentation group never reads its own output
                Set<String> consumed = committed.keySet().stream().map(TopicPartition::topic)
                        .collect(Collectors.toCollection(HashSet::new));
                consumed.addAll(assignedTopics(admin, group));
                if (consumed.stream().noneMatch(topics::contains)) {
                    continue;
                }
                anyConsumer = true;
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    if (!consumed.contains(end.getKey().topic())) {
                        continue;
                    }
                    OffsetAndMetadata c = committed.get(end.getKey());
                    lag += end.getValue() - (c == null ? 0 : c.offset());
                }
            }
            // until a group has committed on these topics, nothing of them counts as consumed
            return anyConsumer ? lag : ends.values().stream().mapToLong(Long::longValue).sum();
        } catch (Exception e) {
            throw new IllegalStateException("could not read consumer lag", e);
        }
    }

    /**
     * Messages on the topics the group has not committed yet, every partition counted (one the
     * group has never committed on lags by all it holds): for waiting on one service's consumer.
     */
    static long ofGroup(Admin admin, String group, Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : ends(admin, topics).entrySet()) {
                OffsetAndMetadata c = committed.get(end.getKey());
                lag += end.getValue() - (c == null ? 0 : c.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the lag of group " + group, e);
        }
    }

    /** Waits until the group has committed everything on the topics. */
    static void awaitZero(Admin admin, String group, Collection<String> topics, Duration timeout) {
        await(() -> ofGroup(admin, group, topics), "group " + group + "'s lag on " + topics, timeout);
    }

    /** The end offset of every partition of the topics. */
    private static Map<TopicPartition, Long> ends(Admin admin, Collection<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get().forEach((t, d) -> d.partitions()
                .forEach(p -> latest.put(new TopicPartition(t, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    private static Set<String> assignedTopics(Admin admin, String group) throws Exception {
        Set<String> topics = new HashSet<>();
        admin.describeConsumerGroups(List.of(group)).all().get().values().forEach(g -> g.members()
                .forEach(m -> m.assignment().topicPartitions().forEach(tp -> topics.add(tp.topic()))));
        return topics;
    }

    /** Waits until no lag is left on the topics; returns the instant (nanoTime) it happened. */
    static long awaitZero(Admin admin, Collection<String> topics, Duration timeout) {
        return await(() -> of(admin, topics), "consumer lag on " + topics, timeout);
    }

    /**
     * Polls the lag every 100 ms. A reading that fails is tried again (a group can vanish between being
     * listed and being read, a coordinator can move): only readings failing for {@link #GIVE_UP} in a row
     * end the wait. A full run reads the lag thousands of times; one failed reading had cost a whole phase.
     */
    private static long await(LongSupplier lag, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long failingSince = 0;
        while (System.nanoTime() < deadline) {
            try {
                if (lag.getAsLong() == 0) {
                    return System.nanoTime();
                }
                failingSince = 0;
            } catch (IllegalStateException e) {
                failingSince = failingSince == 0 ? System.nanoTime() : failingSince;
                if (System.nanoTime() - failingSince > GIVE_UP.toNanos()) {
                    throw e;
                }
            }
            Pause.millis(100);
        }
        throw new IllegalStateException(what + " did not reach 0 within " + timeout);
    }

    static final Duration GIVE_UP = Duration.ofSeconds(30);
}
