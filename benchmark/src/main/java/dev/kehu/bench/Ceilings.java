package dev.kehu.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** What the machine itself allows, measured in the same run: the ratios are taken against these. */
final class Ceilings {

    private Ceilings() {
    }

    /** A bare consumer reading the topics from the start: records/s. */
    static double kafkaConsumer(String bootstrap, List<String> topics, long records) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-ceiling-" + UUID.randomUUID());
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(topics);
            long seen = 0;
            long t0 = System.nanoTime();
            long deadline = t0 + Duration.ofMinutes(10).toNanos();
            while (seen < records && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            return seen * 1e9 / (System.nanoTime() - t0);
        }
    }

    private static final String DATA = "{\"tradeId\":\"6f1c\",\"clientId\":\"C1\",\"accountId\":\"C1-A\","
            + "\"executedAt\":\"2026-03-31T09:30:00Z\",\"side\":\"BUY\",\"symbol\":\"600519\",\"quantity\":100,"
            + "\"price\":1650.5,\"amount\":165050.00}";
    private static final String TYPE = "segmentation.trade.recorded.v1";
    private static final String METADATA = "{\"actor\":\"bench\"}";
    private static final int BATCH = 500;

    /**
     * A bare JDBC batch insert of {@code rows} event-shaped rows (the payload of a trade) in
     * batches of 500 with reWriteBatchedInserts, one commit per batch: rows/s.
     */
    static double jdbcBatchInsert(DataSource ds, long rows) throws SQLException {
        try (Connection c = ds.getConnection()) {
            eventTable(c);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("insert into ceiling_event (stream_id, version, event_id, type, "
                    + "data, metadata) values (?, ?, ?, ?, ?::jsonb, ?::jsonb)")) {
                for (long i = 0; i < rows; i++) {
                    ps.setString(1, stream(i));
                    ps.setLong(2, version(i));
                    ps.setObject(3, UUID.randomUUID());
                    ps.setString(4, TYPE);
                    ps.setString(5, DATA);
                    ps.setString(6, METADATA);
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0 || i == rows - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return rows * 1e9 / (System.nanoTime() - t0);
        }
    }

    /**
     * The same rows through {@code COPY ... FROM STDIN} (PostgreSQL's bulk load), in the same batches of 500
     * with one commit per batch: how far the event log itself could go with the per-statement cost gone.
     */
    static double copyInsert(DataSource ds, long rows) throws SQLException {
        try (Connection c = ds.getConnection()) {
            eventTable(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            StringBuilder batch = new StringBuilder(BATCH * 320);
            for (long i = 0; i < rows; i++) {
                batch.append(stream(i)).append('\t').append(version(i)).append('\t').append(UUID.randomUUID())
                        .append('\t').append(TYPE).append('\t').append(DATA).append('\t').append(METADATA).append('\n');
                if ((i + 1) % BATCH == 0 || i == rows - 1) {
                    try {
                        copy.copyIn("copy ceiling_event (stream_id, version, event_id, type, data, metadata) from stdin",
                                new StringReader(batch.toString()));
                    } catch (IOException e) {
                        throw new SQLException(e);
                    }
                    c.commit();
                    batch.setLength(0);
                }
            }
            return rows * 1e9 / (System.nanoTime() - t0);
        }
    }

    /** The event log's shape: two jsonb columns, a primary key and two unique indexes, as es_event. */
    private static void eventTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists ceiling_event");
            s.execute("create table ceiling_event (position bigserial primary key, stream_id text not null, "
                    + "version bigint not null, event_id uuid not null unique, type text not null, data jsonb not null, "
                    + "metadata jsonb not null, recorded_at timestamptz not null default clock_timestamp(), "
                    + "unique (stream_id, version))");
        }
        c.setAutoCommit(false);
    }

    private static String stream(long i) {
        return "client-C" + (i % 10_000);
    }

    private static long version(long i) {
        return i / 10_000 + 1;
    }
}
