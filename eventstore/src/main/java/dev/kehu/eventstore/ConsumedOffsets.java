package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets a consumer has applied, per topic partition, stored in the transaction of their effects
 * (table {@code es_consumed_offset}): a record below its partition's stored offset was applied before
 * and is a duplicate. For consumers whose messages carry natural keys of their own, in place of an
 * {@link Inbox} row per message.
 */
public final class ConsumedOffsets {

    /** No offset stored yet for the partition: every record is new. */
    public static final long NONE = -1;

    private static final String ORDER = "order by t, p";

    /**
     * Locks the partitions for this consumer's transaction and returns the next offset to apply in each
     * ({@link #NONE} if none is stored). Another instance applying the same partitions (a rebalance moved
     * them while its batch ran) waits here until it commits, then this one reads what it stored. The
     * partitions are locked by number across topics too (one advisory lock each, in one order), as a
     * consumer of several topics keyed alike holds partition p of all of them.
     */
    public Map<TopicPartition, Long> lock(Connection c, String consumer, List<TopicPartition> partitions)
            throws SQLException {
        Map<TopicPartition, Long> next = new TreeMap<>(ConsumedOffsets::compare);
        if (partitions.isEmpty()) {
            return next;
        }
        List<TopicPartition> sorted = new ArrayList<>(partitions);
        sorted.sort(ConsumedOffsets::compare);
        // the upsert waits for a concurrent writer of the row and then sees its committed offset, whatever
        // the statement's snapshot; the advisory locks are taken (in one order) before any row is touched
        try (PreparedStatement ps = c.prepareStatement("with locked as (select count(*) from (select pg_advisory_xact_lock(hashtext(?), p) "
                + "from (select distinct p from unnest(?::int[]) p order by p) ps) l) "
                + "insert into es_consumed_offset as o (consumer, topic, partition, next_offset) "
                + "select ?, t, p, " + NONE + " from unnest(?::text[], ?::int[]) x(t, p), locked " + ORDER + " "
                + "on conflict (consumer, topic, partition) do update set next_offset = o.next_offset "
                + "returning topic, partition, next_offset")) {
            java.sql.Array numbers = c.createArrayOf("int", sorted.stream().map(TopicPartition::partition).toArray());
            ps.setString(1, consumer);
            ps.setArray(2, numbers);
            ps.setString(3, consumer);
            ps.setArray(4, c.createArrayOf("text", sorted.stream().map(TopicPartition::topic).toArray()));
            ps.setArray(5, numbers);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    next.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
                }
            }
        }
        return next;
    }

    /** Stores the next offset to apply per partition (rows {@link #lock} created in this transaction). */
    public void store(Connection c, String consumer, Map<TopicPartition, Long> next) throws SQLException {
        if (next.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update es_consumed_offset o set next_offset = x.n, "
                + "updated_at = clock_timestamp() from unnest(?::text[], ?::int[], ?::bigint[]) x(t, p, n) "
                + "where o.consumer = ? and o.topic = x.t and o.partition = x.p")) {
            ps.setArray(1, c.createArrayOf("text", next.keySet().stream().map(TopicPartition::topic).toArray()));
            ps.setArray(2, c.createArrayOf("int", next.keySet().stream().map(TopicPartition::partition).toArray()));
            ps.setArray(3, c.createArrayOf("bigint", next.values().toArray()));
            ps.setString(4, consumer);
            ps.executeUpdate();
        }
    }

    /** The topic partition a record came from. */
    public static TopicPartition partitionOf(ConsumerRecord<?, ?> record) {
        return new TopicPartition(record.topic(), record.partition());
    }

    /** Whether the record lies below its partition's stored offset ({@link #lock}'s answer): applied before. */
    public static boolean applied(Map<TopicPartition, Long> stored, ConsumerRecord<?, ?> record) {
        return record.offset() < stored.getOrDefault(partitionOf(record), NONE);
    }

    private static int compare(TopicPartition a, TopicPartition b) {
        int byTopic = a.topic().compareTo(b.topic());
        return byTopic != 0 ? byTopic : Integer.compare(a.partition(), b.partition());
    }
}
