package dev.kehu.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.kehu.eventstore.contract.BalanceReported;
import dev.kehu.eventstore.contract.SegmentChanged;

/**
 * A synthetic back-office feed: daily balances for every client and trades skewed towards a few
 * busy clients (Zipf-like), as CloudEvents in binary mode keyed by client id.
 */
final class Feed implements AutoCloseable {

    // trades and account events cross no service boundary of Kehu's (only segmentation, only
    // retention reads them), so the library has no contract for them: their names stay here
    static final String TRADES = "backoffice.trades";
    static final String TRADE_TYPE = "backoffice.trade.executed.v1";
    static final String BALANCES = BalanceReported.TOPIC;
    static final String ACCOUNT_EVENTS = "backoffice.account-events";
    static final String ACCOUNT_EVENT_TYPE = "backoffice.account.event.v1";
    static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
    /** The plan's clients are this prefix and a number ({@code C0}, {@code C1}, …). */
    static final String CLIENTS = "C";

    private final KafkaProducer<String, String> producer;
    private final Random random = new Random(42);
    /** Sends of records the broker refused, to send again at the next flush. */
    private final Queue<ProducerRecord<String, String>> refused = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Exception> lastRefusal = new AtomicReference<>();
    private static final int RESENDS = 3;

    Feed(String bootstrap) {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        // uncompressed: at the latency run's steady rate each producer batch is a few records, and Kafka's LZ4
        // stream allocated and set up two 64 KB buffers per batch, which took most of the harness's own CPU on
        // the cores it shares with the service (the bulk load produces as fast without it)
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** How the bulk load splits into days of balances and trades. */
    record Plan(int clients, int days, long balances, long trades) {
        static Plan of(long events, int clients) {
            int days = (int) Math.max(1, Math.min(30, events / (2L * clients)));
            long balances = (long) clients * days;
            return new Plan(clients, days, balances, Math.max(0, events - balances));
        }
    }

    /** Produces the whole plan as fast as the broker takes it; returns the number of records sent. */
    long bulk(Plan plan) {
        return bulk(plan, CLIENTS);
    }

    /** As {@link #bulk(Plan)}, for clients named {@code prefix} + number (a warm-up's own clients). */
    long bulk(Plan plan, String prefix) {
        long[] sent = {0};
        generate(plan, prefix, (topic, clientId, message) -> {
            message.run();
            sent[0]++;
        });
        flush();
        return sent[0];
    }

    /** One record of the plan: its topic, its client and the send it stands for. */
    @FunctionalInterface
    interface Sink {
        void accept(String topic, String clientId, Runnable send);
    }

    /** How many trades the plan holds for each client: what a run that loses nothing records. */
    Map<String, Long> tradesPerClient(Plan plan) {
        Map<String, Long> trades = new HashMap<>();
        generate(plan, (topic, clientId, send) -> {
            if (TRADES.equals(topic)) {
                trades.merge(clientId, 1L, Long::sum);
            }
        });
        return trades;
    }

    /**
     * The plan day by day, oldest first: each day's balances for every client, then the day's
     * trades. Seeded, so two runs of the same plan carry the same amounts in the same order.
     */
    void generate(Plan plan, Sink sink) {
        generate(plan, CLIENTS, sink);
    }

    private void generate(Plan plan, String prefix, Sink sink) {
        Random seeded = new Random(42);
        double[] cumulative = zipf(plan.clients(), 0.9);
        BigDecimal[] assets = new BigDecimal[plan.clients()];
        for (int i = 0; i < plan.clients(); i++) {
            assets[i] = BigDecimal.valueOf(100_000 * Math.pow(10, 3 * seeded.nextDouble())).setScale(2, RoundingMode.HALF_UP);
        }
        long tradesPerDay = plan.trades() / plan.days();
        for (int d = plan.days() - 1; d >= 0; d--) {
            LocalDate day = LAST_DAY.minusDays(d);
            for (int i = 0; i < plan.clients(); i++) {
                String client = prefix + i;
                BigDecimal total = assets[i].multiply(BigDecimal.valueOf(0.7 + 0.6 * seeded.nextDouble()))
                        .setScale(2, RoundingMode.HALF_UP);
                sink.accept(BALANCES, client, () -> balance(client, day, total));
            }
            long today = d == 0 ? plan.trades() - tradesPerDay * (plan.days() - 1) : tradesPerDay;
            for (long t = 0; t < today; t++) {
                int client = pick(seeded, cumulative);
                BigDecimal amount = assets[client].multiply(BigDecimal.valueOf(0.002 + seeded.nextDouble() * 0.03))
                        .setScale(2, RoundingMode.HALF_UP);
                java.time.Instant at = day.atTime(9, 30).toInstant(ZoneOffset.UTC).plusSeconds(t % 19_800);
                sink.accept(TRADES, prefix + client, () -> trade(prefix + client, at, amount));
            }
        }
    }

    void balance(String clientId, LocalDate day, BigDecimal totalAssets) {
        BigDecimal cash = totalAssets.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
        String data = "{\"clientId\":\"" + clientId + "\",\"accountId\":\"" + clientId + "-A\",\"asOf\":\"" + day
                + "\",\"totalAssets\":" + totalAssets.toPlainString() + ",\"cash\":" + cash.toPlainString()
                + ",\"marketValue\":" + totalAssets.subtract(cash).toPlainString() + "}";
        send(BALANCES, BalanceReported.TYPE, clientId, data);
    }

    void trade(String clientId, Instant executedAt, BigDecimal amount) {
        String data = "{\"tradeId\":\"" + UUID.randomUUID() + "\",\"clientId\":\"" + clientId + "\",\"accountId\":\""
                + clientId + "-A\",\"executedAt\":\"" + executedAt + "\",\"side\":\"" + (random.nextBoolean() ? "BUY" : "SELL")
                + "\",\"symbol\":\"600519\",\"quantity\":100,\"price\":" + amount.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)
                + ",\"amount\":" + amount.toPlainString() + "}";
        send(TRADES, TRADE_TYPE, clientId, data);
    }

    /** A client classified by segmentation, as retention reads it (the first time: no previous segment). */
    void segmentChanged(String clientId, String size, String activity, String priority, LocalDate asOf) {
        String data = "{\"clientId\":\"" + clientId + "\",\"segment\":\"" + size + "_" + activity + "\",\"size\":\""
                + size + "\",\"activity\":\"" + activity + "\",\"priority\":\"" + priority
                + "\",\"averageAssets\":1500000.00,\"turnover\":2.5,\"asOf\":\"" + asOf + "\"}";
        send(SegmentChanged.TOPIC, SegmentChanged.TYPE, clientId, data);
    }

    void accountEvent(String clientId, Instant occurredAt, String kind) {
        String data = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"clientId\":\"" + clientId + "\",\"occurredAt\":\""
                + occurredAt + "\",\"kind\":\"" + kind + "\"}";
        send(ACCOUNT_EVENTS, ACCOUNT_EVENT_TYPE, clientId, data);
    }

    private void send(String topic, String type, String clientId, String data) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_specversion", bytes("1.0"));
        h.add("ce_id", bytes(UUID.randomUUID().toString()));
        h.add("ce_source", bytes("/bench-feed"));
        h.add("ce_type", bytes(type));
        h.add("ce_subject", bytes(clientId));
        h.add("content-type", bytes("application/json"));
        send(new ProducerRecord<>(topic, null, clientId, data, h));
    }

    private void send(ProducerRecord<String, String> record) {
        producer.send(record, (m, e) -> {
            if (e != null) {
                lastRefusal.set(e);
                refused.add(record);
            }
        });
    }

    /**
     * Waits until the broker has acknowledged every record. One it refused is sent again, as a
     * back-office feed would (after a restart this one-node broker has let a produce time out): with
     * the same CloudEvents id, so a copy that did land is a duplicate the consumer must ignore.
     */
    void flush() {
        producer.flush();
        for (int round = 1; !refused.isEmpty(); round++) {
            if (round > RESENDS) {
                throw new IllegalStateException(refused.size() + " records were refused by the broker " + RESENDS
                        + " times", lastRefusal.get());
            }
            List<ProducerRecord<String, String>> again = new ArrayList<>();
            for (ProducerRecord<String, String> r; (r = refused.poll()) != null; ) {
                again.add(r);
            }
            again.forEach(this::send);
            producer.flush();
        }
    }

    private static int pick(Random random, double[] cumulative) {
        double u = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
