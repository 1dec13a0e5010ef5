package dev.kehu.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Map<TopicPartition, Long> ends = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((t, d) -> d.partitions()
                    .forEach(p -> latest.put(new TopicPartition(t, p.partition()), OffsetSpec.latest())));
            admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(g -> g.groupId()).collect(Collectors.toList());
            long lag = 0;
            boolean anyConsumer = false;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                if (committed.keySet().stream().noneMatch(tp -> topics.contains(tp.topic()))) {
                    continue;
                }
                anyConsumer = true;
                // only the topics this group consumes: the segmentation group never reads its own output
                java.util.Set<String> consumed = committed.keySet().stream().map(TopicPartition::topic)
                        .collect(Collectors.toSet());
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

    /** Waits until no lag is left on the topics; returns the instant (nanoTime) it happened. */
    static long awaitZero(Admin admin, Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (of(admin, topics) == 0) {
                return System.nanoTime();
            }
            Pause.millis(100);
        }
        throw new IllegalStateException("consumer lag on " + topics + " did not reach 0 within " + timeout);
    }
}
