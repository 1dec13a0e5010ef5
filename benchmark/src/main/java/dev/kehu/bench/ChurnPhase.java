package dev.kehu.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.Admin;

/** Retention: from a transfer-out request's produce to the churn alert on retention.churn-alerts. */
final class ChurnPhase {

    private ChurnPhase() {
    }

    static void run(BenchInfra infra, ServiceUnderTest retention, Options o, Report report, RssSampler rss) {
        rss.watch(retention);
        try (Admin admin = infra.kafka().admin(); Feed feed = new Feed(infra.kafka().bootstrapServers())) {
            // retention also consumes the balances of the bulk load: let it catch up first
            long t0 = System.nanoTime();
            Lag.awaitZero(admin, List.of(Feed.BALANCES, dev.kehu.eventstore.contract.SegmentChanged.TOPIC), Duration.ofMinutes(30));
            report.add("churn", "retention catch-up on the bulk load", (System.nanoTime() - t0) / 1e9, "s");
            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            Latencies latencies = new Latencies();
            try (TopicWatcher watcher = new TopicWatcher(infra.kafka().bootstrapServers(), "retention.churn-alerts",
                    (r, at) -> {
                        Long start = sentAt.remove(r.key());
                        if (start != null) {
                            latencies.record(at - start);
                        }
                    })) {
                for (int i = 0; i < o.churnClients(); i++) {
                    String client = "CH" + i;
                    sentAt.put(client, System.nanoTime());
                    feed.accountEvent(client, Instant.parse("2026-04-01T10:00:00Z").plusSeconds(i), "TRANSFER_OUT_REQUESTED");
                    feed.flush();
                    Pause.millis(20);
                }
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                    Pause.millis(50);
                }
            }
            report.add("churn", "transfer-out requests answered by an alert", latencies.count(), "alerts",
                    (double) o.churnClients(), "all", latencies.count() == o.churnClients());
            report.add("churn", "account event → churn alert p50", latencies.percentileMillis(50), "ms");
            report.add("churn", "account event → churn alert p99", latencies.percentileMillis(99), "ms");
            report.add("churn", "retention RSS peak under load", rss.peak(retention), "MiB");
        }
    }
}
