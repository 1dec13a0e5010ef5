package dev.kehu.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;

import dev.kehu.eventstore.contract.SegmentChanged;

/** Segmentation: bulk ingest against both ceilings, then trade → segment-changed latency under a steady feed. */
final class IngestPhase {

    private static final List<String> FEED_TOPICS = List.of(Feed.TRADES, Feed.BALANCES);

    private IngestPhase() {
    }

    static void run(BenchInfra infra, ServiceUnderTest segmentation, Options o, Report report, RssSampler rss)
            throws SQLException, java.io.IOException {
        Feed.Plan plan = Feed.Plan.of(o.events(), o.clients());
        report.context("ingestPlan", plan);
        try (Admin admin = infra.kafka().admin(); Feed feed = new Feed(infra.kafka().bootstrapServers())) {
            Ceilings.Schema schema = Ceilings.Schema.of(infra.home().resolve("segmentation-service/target/quarkus-app"));
            double jdbc = Ceilings.jdbcBatchInsert(schema, infra.postgres().dataSource("ceiling"), o.events());
            double copy = Ceilings.copyInsert(schema, infra.postgres().dataSource("ceiling"), o.events());
            double same = Ceilings.sameWork(schema, infra.postgres().dataSource("ceiling"), messages(feed, plan));
            Ceilings.Schema.clear(infra.postgres().dataSource("ceiling"));
            rss.watch(segmentation);
            warmUp(admin, feed, o, report);
            // CPU per event is what a loaded, shared machine still measures fairly: rates move with the load
            long postgres = RestAB.ProcessCpu.postgres(infra.postgres().jdbcUrl("segmentation"));
            double serviceCpu0 = RestAB.ProcessCpu.millis(segmentation.pid());
            double postgresCpu0 = RestAB.ProcessCpu.treeMillis(postgres);
            long t0 = System.nanoTime();
            long sent = feed.bulk(plan);
            double produceSeconds = (System.nanoTime() - t0) / 1e9;
            long done = Lag.awaitZero(admin, FEED_TOPICS, Duration.ofMinutes(30));
            double ingest = sent / ((done - t0) / 1e9);
            double serviceCpu = (RestAB.ProcessCpu.millis(segmentation.pid()) - serviceCpu0) * 1000 / sent;
            double postgresCpu = (RestAB.ProcessCpu.treeMillis(postgres) - postgresCpu0) * 1000 / sent;
            double consumer = Ceilings.kafkaConsumer(infra.kafka().bootstrapServers(), FEED_TOPICS, sent);
            report.add("ingest", "events produced (" + plan.balances() + " balances, " + plan.trades() + " trades)",
                    sent, "events");
            report.add("ingest", "feed produce rate", sent / produceSeconds, "ev/s");
            report.add("ingest", "segmentation ingest until lag 0 (vs bare consumer)", ingest, "ev/s", consumer,
                    Targets.atLeast(Targets.INGEST_PER_SECOND, "ev/s"), ingest >= Targets.INGEST_PER_SECOND);
            report.add("ingest", "segmentation ingest vs same-work JDBC (same rows and indexes)", ingest, "ev/s", same,
                    String.format(">= %.0f%%", Targets.INGEST_SHARE_OF_SAME_WORK * 100),
                    ingest >= Targets.INGEST_SHARE_OF_SAME_WORK * same);
            report.add("ingest", "segmentation ingest vs bare JDBC batch insert (event rows)", ingest, "ev/s", jdbc, null, null);
            report.add("ingest", "segmentation ingest vs bare COPY (event rows)", ingest, "ev/s", copy, null, null);
            report.add("ingest", "same-work JDBC vs bare JDBC batch insert", same, "ev/s", jdbc, null, null);
            report.add("ingest", "bare JDBC batch insert vs bare COPY", jdbc, "rows/s", copy, null, null);
            report.add("ingest", "segmentation-service CPU per 1,000 events under ingest", serviceCpu, "ms");
            report.add("ingest", "PostgreSQL CPU per 1,000 events under ingest (all backends)", postgresCpu, "ms");
            report.add("ingest", "segmentation RSS peak under ingest", rss.peak(segmentation), "MiB");
            afterBulkLoad(infra.postgres().dataSource("segmentation"));
            latency(infra, feed, o, report);
        }
    }

    /**
     * A first ingest for clients of its own ({@code W…}), reported but not measured against the targets: a
     * service's first minute is spent compiling its hot paths (C2 took 41 % of its CPU samples through a cold
     * 300,000-event ingest), which a service that runs for days pays once. The measured ingest then finds it warm.
     */
    private static void warmUp(Admin admin, Feed feed, Options o, Report report) {
        if (o.ingestWarmupEvents() <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        long sent = feed.bulk(Feed.Plan.of(o.ingestWarmupEvents(), o.clients()), "W");
        long done = Lag.awaitZero(admin, FEED_TOPICS, Duration.ofMinutes(30));
        report.add("ingest", "warm-up ingest, the service's first (" + sent + " events, its own clients)",
                sent / ((done - t0) / 1e9), "ev/s");
    }

    /**
     * What PostgreSQL's documentation asks after a bulk load ("Populating a Database": run ANALYZE), done here with
     * the vacuum autovacuum would otherwise start in the middle of the latency run: that run measures the feed at a
     * steady rate, not the maintenance the {@code o.events()} before it left behind.
     */
    private static void afterBulkLoad(javax.sql.DataSource serviceDb) throws SQLException {
        try (java.sql.Connection c = serviceDb.getConnection(); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum analyze");
        }
    }

    /** The feed's messages in the order the bulk load produces them, for the same-work ceiling. */
    private static List<Ceilings.Message> messages(Feed feed, Feed.Plan plan) {
        List<Ceilings.Message> messages = new java.util.ArrayList<>();
        long[] balances = {0};
        feed.generate(plan, (topic, clientId, send) -> {
            boolean trade = Feed.TRADES.equals(topic);
            // a day's balances for every client come first, then the day's trades
            long day = trade ? (balances[0] - 1) / plan.clients() : balances[0]++ / plan.clients();
            messages.add(new Ceilings.Message(clientId, Feed.LAST_DAY.minusDays(plan.days() - 1 - day), trade));
        });
        return messages;
    }

    /** When a probe's trade was produced: for the whole latency (monotonic) and for the legs (wall clock). */
    private record Sent(long nanos, long wallMillis) {
    }

    /**
     * Probe clients are set up MEDIUM_STATIC, then each gets a trade that must move it to
     * MEDIUM_STABLE, inside a steady background feed at the target rate.
     */
    private static void latency(BenchInfra infra, Feed feed, Options o, Report report) {
        LocalDate day = Feed.LAST_DAY.plusDays(1);
        int probes = Math.max(10, (int) (o.latencyRate() * o.latencyDuration().toSeconds() / 100));
        Map<String, Sent> sentAt = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        // the two legs, split at the relay's send (the record's producer timestamp: wall clock, in ms)
        Latencies toRelay = new Latencies();
        Latencies fromRelay = new Latencies();
        Map<String, Boolean> setUp = new ConcurrentHashMap<>();
        try (TopicWatcher watcher = new TopicWatcher(infra.kafka().bootstrapServers(), SegmentChanged.TOPIC, (r, at) -> {
            String segment = SegmentChanges.decode(r).segment();
            if (segment.equals("MEDIUM_STATIC")) {
                setUp.put(r.key(), true);
            } else if (segment.equals("MEDIUM_STABLE")) {
                Sent sent = sentAt.remove(r.key());
                if (sent != null) {
                    latencies.record(at - sent.nanos());
                    long relayed = r.timestamp();
                    toRelay.record((relayed - sent.wallMillis()) * 1_000_000);
                    fromRelay.record((System.currentTimeMillis() - relayed) * 1_000_000);
                }
            }
        })) {
            for (int p = 0; p < probes; p++) {
                feed.balance("LAT" + p, day, new BigDecimal("1000000.00"));
            }
            feed.flush();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (setUp.size() < probes && System.nanoTime() < deadline) {
                Pause.millis(50);
            }
            long warmup = o.latencyRate() * o.latencyWarmup().toSeconds();
            long measured = o.latencyRate() * o.latencyDuration().toSeconds();
            long total = warmup + measured;
            long every = Math.max(1, measured / probes);
            long interval = 1_000_000_000L / o.latencyRate();
            long t0 = System.nanoTime();
            int probe = 0;
            for (long i = 0; i < total; i++) {
                long wait = t0 + i * interval - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                if (i >= warmup && (i - warmup) % every == 0 && probe < probes) {
                    String client = "LAT" + probe++;
                    sentAt.put(client, new Sent(System.nanoTime(), System.currentTimeMillis()));
                    feed.trade(client, day.atTime(10, 0).toInstant(ZoneOffset.UTC), new BigDecimal("200000.00"));
                } else {
                    feed.trade(Feed.CLIENTS + (i % o.clients()), day.atTime(11, 0).toInstant(ZoneOffset.UTC), new BigDecimal("1000.00"));
                }
            }
            feed.flush();
            double achieved = total / ((System.nanoTime() - t0) / 1e9);
            deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                Pause.millis(50);
            }
            report.add("latency", "feed rate during the latency run", achieved, "ev/s");
            report.add("latency", "probe trades answered by a segment-changed", latencies.count(), "probes",
                    (double) probes, "all", latencies.count() == probes);
            double p50 = latencies.percentileMillis(50);
            report.add("latency", "trade → segment-changed p50", p50, "ms", null,
                    Targets.below(Targets.LATENCY_P50_MS, "ms"), latencies.count() == probes && p50 < Targets.LATENCY_P50_MS);
            double p99 = latencies.percentileMillis(99);
            report.add("latency", "trade → segment-changed p99", p99, "ms", null,
                    Targets.below(Targets.LATENCY_P99_MS, "ms"), latencies.count() == probes && p99 < Targets.LATENCY_P99_MS);
            for (double p : new double[] {50, 99}) {
                report.add("latency", String.format("  p%.0f trade → relay's send (consume, batch, commit, relay)", p),
                        toRelay.percentileMillis(p), "ms");
                report.add("latency", String.format("  p%.0f relay's send → received (producer, broker, consumer)", p),
                        fromRelay.percentileMillis(p), "ms");
            }
        }
    }
}
