package dev.kehu.segmentation.ingest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import dev.kehu.eventstore.runtime.Db;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The feed consumer starts each partition it is given where its effects end: at the offset stored
 * with them ({@code es_consumed_offset}), when that is past the group's committed offset (which is
 * committed after the transaction, so it can lag behind). Records in between would only be skipped as
 * duplicates; nothing is ever sought backwards.
 */
@ApplicationScoped
@Identifier(StoredOffsetsListener.NAME)
public class StoredOffsetsListener implements KafkaConsumerRebalanceListener {

    static final String NAME = "segmentation-feed-offsets";

    private static final Logger LOG = Logger.getLogger(StoredOffsetsListener.class);

    private final Db db;

    public StoredOffsetsListener(Db db) {
        this.db = db;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        try {
            db.call(c -> {
                try (PreparedStatement ps = c.prepareStatement("select topic, partition, next_offset "
                        + "from es_consumed_offset where consumer = ? and next_offset >= 0")) {
                    ps.setString(1, FeedConsumers.CONSUMER);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            TopicPartition tp = new TopicPartition(rs.getString(1), rs.getInt(2));
                            if (partitions.contains(tp) && rs.getLong(3) > consumer.position(tp)) {
                                consumer.seek(tp, rs.getLong(3));
                            }
                        }
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the committed offsets still hold: at worst a few records are read again and skipped
            LOG.warnf("could not seek the feed to its stored offsets (%s); starting from the committed ones",
                    e.getMessage());
        }
    }
}
