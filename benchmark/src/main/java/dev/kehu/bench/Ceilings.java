package dev.kehu.bench;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.common.BaseDataSource;

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

    /**
     * Rows per transaction in every database ceiling: the service's {@code max.poll.records}, so a ceiling
     * commits as often as the service does under a bulk load.
     */
    static final int BATCH = 2_000;
    private static final String CONSUMER = "segmentation-feed";
    private static final String ACTOR = "segmentation-service";

    /** An event log row as the service writes it: what its data and metadata look like. */
    private static String tradeData(String client, String tradeId, LocalDate day, String messageId) {
        return "{\"clientId\":\"" + client + "\",\"tradeId\":\"" + tradeId + "\",\"accountId\":\"" + client
                + "-A\",\"executedAt\":\"" + day + "T09:30:00Z\",\"tradeDay\":\"" + day + "\",\"side\":\"BUY\","
                + "\"symbol\":\"600519\",\"quantity\":100,\"price\":16.505,\"amount\":1650.50,\"messageId\":\""
                + messageId + "\",\"classification\":{\"asOf\":\"" + day + "\",\"averageAssets\":1523000.00,"
                + "\"turnover\":0.0421,\"segment\":\"MEDIUM_ACTIVE\"}}";
    }

    private static String balanceData(String client, LocalDate day, String messageId) {
        return "{\"clientId\":\"" + client + "\",\"accountId\":\"" + client + "-A\",\"asOf\":\"" + day
                + "\",\"totalAssets\":1523000.00,\"cash\":152300.00,\"marketValue\":1370700.00,\"messageId\":\""
                + messageId + "\",\"classification\":{\"asOf\":\"" + day + "\",\"averageAssets\":1523000.00,"
                + "\"turnover\":0.0421,\"segment\":\"MEDIUM_ACTIVE\"}}";
    }

    private static String metadata(String messageId) {
        return "{\"correlationId\":\"" + messageId + "\",\"causationId\":\"" + messageId + "\",\"actor\":\""
                + ACTOR + "\",\"actorRole\":\"system\"}";
    }

    private static final String TRADE_TYPE = "segmentation.client.trade-recorded.v1";
    private static final String BALANCE_TYPE = "segmentation.client.balance-recorded.v1";
    private static final String INSERT_EVENT = "insert into es_event (stream_id, version, event_id, type, data, metadata) "
            + "values (?, ?, ?, ?, ?::json, ?::json)";

    /**
     * A bare JDBC batch insert of {@code rows} event rows (a trade's data and metadata) into {@code es_event}
     * of the service's own schema, {@value #BATCH} per batch and commit, with {@code reWriteBatchedInserts}
     * on (checked: the driver answers a rewritten batch with SUCCESS_NO_INFO): rows/s.
     */
    static double jdbcBatchInsert(Schema schema, DataSource ds, long rows) throws SQLException {
        try (Connection c = rewriting(ds).getConnection()) {
            schema.create(c);
            long t0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
                for (long i = 0; i < rows; i++) {
                    String id = UUID.randomUUID().toString();
                    ps.setString(1, stream(i));
                    ps.setLong(2, version(i));
                    ps.setObject(3, UUID.randomUUID());
                    ps.setString(4, TRADE_TYPE);
                    ps.setString(5, tradeData(client(i), id, DAY, id));
                    ps.setString(6, metadata(id));
                    ps.addBatch();
                    if ((i + 1) % BATCH == 0 || i == rows - 1) {
                        executeRewritten(ps);
                        c.commit();
                    }
                }
            }
            return rows * 1e9 / (System.nanoTime() - t0);
        }
    }

    /**
     * The same rows through {@code COPY ... FROM STDIN} (PostgreSQL's bulk load), in the same batches with
     * one commit per batch: how far the event log itself could go with the per-statement cost gone.
     */
    static double copyInsert(Schema schema, DataSource ds, long rows) throws SQLException {
        try (Connection c = ds.getConnection()) {
            schema.create(c);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long t0 = System.nanoTime();
            StringBuilder batch = new StringBuilder(BATCH * 600);
            for (long i = 0; i < rows; i++) {
                String id = UUID.randomUUID().toString();
                batch.append(stream(i)).append('\t').append(version(i)).append('\t').append(UUID.randomUUID())
                        .append('\t').append(TRADE_TYPE).append('\t').append(tradeData(client(i), id, DAY, id))
                        .append('\t').append(metadata(id)).append('\n');
                if ((i + 1) % BATCH == 0 || i == rows - 1) {
                    try {
                        copy.copyIn("copy es_event (stream_id, version, event_id, type, data, metadata) from stdin",
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

    /** One message of the feed, in feed order: its client, day and kind. */
    record Message(String client, LocalDate day, boolean trade) {
    }

    /**
     * The same work as the service's ingest, written by the simplest code: for the feed's messages in feed
     * order, {@value #BATCH} per transaction, the rows an ingested message leads to in the service's own
     * schema: per message an {@code es_event} row (the service's data and metadata, its indexes), an
     * {@code es_inbox} row (a random message id) and its read-model row ({@code client_trade} or
     * {@code client_balance}); per client and batch its {@code es_stream} version and its
     * {@code client_segment} row; per client, day and batch its {@code client_trade_day} total. JDBC batches
     * with {@code reWriteBatchedInserts}; nothing read, nothing decided: events/s.
     */
    static double sameWork(Schema schema, DataSource ds, List<Message> feed) throws SQLException {
        try (Connection c = rewriting(ds).getConnection()) {
            schema.create(c);
            Map<String, Long> versions = new HashMap<>();
            long t0 = System.nanoTime();
            try (PreparedStatement stream = c.prepareStatement("insert into es_stream (stream_id, version) values (?, ?) "
                    + "on conflict (stream_id) do update set version = excluded.version, updated_at = clock_timestamp()");
                 PreparedStatement event = c.prepareStatement(INSERT_EVENT);
                 PreparedStatement inbox = c.prepareStatement("insert into es_inbox (consumer, message_id) values (?, ?)");
                 PreparedStatement trade = c.prepareStatement("insert into client_trade (client_id, trade_id, trade_day, "
                         + "amount) values (?, ?, ?, ?)");
                 PreparedStatement balance = c.prepareStatement("insert into client_balance (client_id, day, account_id, "
                         + "total_assets, cash, market_value) values (?, ?, ?, ?, ?, ?) on conflict (client_id, day, "
                         + "account_id) do update set total_assets = excluded.total_assets, cash = excluded.cash, "
                         + "market_value = excluded.market_value");
                 PreparedStatement tradeDay = c.prepareStatement("insert into client_trade_day (client_id, trade_day, "
                         + "amount) values (?, ?, ?) on conflict (client_id, trade_day) do update "
                         + "set amount = client_trade_day.amount + excluded.amount");
                 PreparedStatement segment = c.prepareStatement("insert into client_segment (client_id, segment, size, "
                         + "activity, priority, service_tier, average_assets, turnover, as_of, version) "
                         + "values (?, 'MEDIUM_ACTIVE', 'MEDIUM', 'ACTIVE', 'HIGH', 'PREMIUM', ?, ?, ?, ?) "
                         + "on conflict (client_id) do update set segment = excluded.segment, size = excluded.size, "
                         + "activity = excluded.activity, priority = excluded.priority, "
                         + "service_tier = excluded.service_tier, average_assets = excluded.average_assets, "
                         + "turnover = excluded.turnover, as_of = excluded.as_of, version = excluded.version")) {
                Map<String, LocalDate> clients = new LinkedHashMap<>();
                Map<List<Object>, BigDecimal> days = new LinkedHashMap<>();
                for (int i = 0; i < feed.size(); i++) {
                    Message m = feed.get(i);
                    String id = UUID.randomUUID().toString();
                    String streamId = "client-" + m.client();
                    long version = versions.merge(streamId, 1L, Long::sum);
                    event.setString(1, streamId);
                    event.setLong(2, version);
                    event.setObject(3, UUID.randomUUID());
                    event.setString(4, m.trade() ? TRADE_TYPE : BALANCE_TYPE);
                    event.setString(5, m.trade() ? tradeData(m.client(), id, m.day(), id) : balanceData(m.client(), m.day(), id));
                    event.setString(6, metadata(id));
                    event.addBatch();
                    inbox.setString(1, CONSUMER);
                    inbox.setString(2, id);
                    inbox.addBatch();
                    if (m.trade()) {
                        trade.setString(1, m.client());
                        trade.setString(2, id);
                        trade.setObject(3, m.day());
                        trade.setBigDecimal(4, AMOUNT);
                        trade.addBatch();
                        days.merge(List.of(m.client(), m.day()), AMOUNT, BigDecimal::add);
                    } else {
                        balance.setString(1, m.client());
                        balance.setObject(2, m.day());
                        balance.setString(3, m.client() + "-A");
                        balance.setBigDecimal(4, ASSETS);
                        balance.setBigDecimal(5, ASSETS);
                        balance.setBigDecimal(6, ASSETS);
                        balance.addBatch();
                    }
                    clients.put(m.client(), m.day());
                    if ((i + 1) % BATCH == 0 || i == feed.size() - 1) {
                        for (Map.Entry<String, LocalDate> client : clients.entrySet()) {
                            stream.setString(1, "client-" + client.getKey());
                            stream.setLong(2, versions.get("client-" + client.getKey()));
                            stream.addBatch();
                            segment.setString(1, client.getKey());
                            segment.setBigDecimal(2, ASSETS);
                            segment.setBigDecimal(3, AMOUNT);
                            segment.setObject(4, client.getValue());
                            segment.setLong(5, versions.get("client-" + client.getKey()));
                            segment.addBatch();
                        }
                        for (Map.Entry<List<Object>, BigDecimal> day : days.entrySet()) {
                            tradeDay.setString(1, (String) day.getKey().get(0));
                            tradeDay.setObject(2, day.getKey().get(1));
                            tradeDay.setBigDecimal(3, day.getValue());
                            tradeDay.addBatch();
                        }
                        executeRewritten(stream);
                        executeRewritten(event);
                        executeRewritten(inbox);
                        executeRewritten(trade);
                        executeRewritten(balance);
                        executeRewritten(tradeDay);
                        executeRewritten(segment);
                        c.commit();
                        clients.clear();
                        days.clear();
                    }
                }
            }
            return feed.size() * 1e9 / (System.nanoTime() - t0);
        }
    }

    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final BigDecimal AMOUNT = new BigDecimal("1650.50");
    private static final BigDecimal ASSETS = new BigDecimal("1523000.00");

    /** The data source with the driver rewriting a batch of inserts into multi-row statements. */
    private static DataSource rewriting(DataSource ds) {
        if (!(ds instanceof BaseDataSource pg)) {
            throw new IllegalArgumentException("not a PostgreSQL data source: " + ds.getClass().getName());
        }
        pg.setReWriteBatchedInserts(true);
        return ds;
    }

    /** Runs the batch and checks that the driver rewrote it (a rewritten batch reports SUCCESS_NO_INFO). */
    private static void executeRewritten(PreparedStatement ps) throws SQLException {
        int[] counts = ps.executeBatch();
        if (counts.length > 1 && counts[0] != Statement.SUCCESS_NO_INFO) {
            throw new IllegalStateException("reWriteBatchedInserts is not in effect: a batch of " + counts.length
                    + " inserts ran as single-row statements");
        }
    }

    /**
     * The service's own schema, from the Flyway migrations packaged in its build (the library's and the
     * service's), so every ceiling writes into the tables and indexes the ingest writes into.
     */
    record Schema(List<String> migrations) {

        static Schema of(Path quarkusApp) throws IOException {
            java.util.TreeMap<List<Integer>, String> byVersion = new java.util.TreeMap<>(Ceilings::compareVersions);
            List<Path> jars = new java.util.ArrayList<>();
            try (var app = Files.list(quarkusApp.resolve("app"))) {
                app.filter(p -> p.toString().endsWith(".jar")).forEach(jars::add);
            }
            try (var lib = Files.list(quarkusApp.resolve("lib/main"))) {
                lib.filter(p -> p.getFileName().toString().startsWith("dev.kehu.")).forEach(jars::add);
            }
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        Matcher m = MIGRATION.matcher(e.getName());
                        if (m.matches()) {
                            List<Integer> version = java.util.Arrays.stream(m.group(1).split("_"))
                                    .map(Integer::valueOf).toList();
                            byVersion.put(version, new String(zip.getInputStream(e).readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            if (byVersion.isEmpty()) {
                throw new IllegalStateException("no migrations in " + quarkusApp);
            }
            return new Schema(List.copyOf(byVersion.values()));
        }

        /**
         * Empties the ceilings' database once they are measured: left full, its tables are what autovacuum works
         * on during the service's ingest and latency runs (seen: a VACUUM ANALYZE of its {@code es_event} during the
         * latency run's slowest seconds), so the service would be measured against the ceilings' leftovers.
         */
        static void clear(DataSource ds) throws SQLException {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("drop schema if exists public cascade");
                s.execute("create schema public");
            }
        }

        /** A fresh copy of the schema (the previous ceiling's rows gone); leaves the connection in a transaction. */
        void create(Connection c) throws SQLException {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("drop schema if exists public cascade");
                s.execute("create schema public");
                for (String sql : migrations) {
                    s.execute(sql);
                }
                s.execute("vacuum analyze");
            }
            c.setAutoCommit(false);
        }
    }

    private static final Pattern MIGRATION = Pattern.compile("db/migration/V([0-9_]+?)__.*\\.sql");

    private static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static String client(long i) {
        return "C" + (i % 10_000);
    }

    private static String stream(long i) {
        return "client-" + client(i);
    }

    private static long version(long i) {
        return i / 10_000 + 1;
    }
}
