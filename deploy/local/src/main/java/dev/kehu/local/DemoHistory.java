package dev.kehu.local;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A year of the branch's history for the learned churn weights (docs/domain.md#learned-weights), sent through
 * the real back-office feeds with backdated event times: {@value #CLIENTS} small, static clients ({@code H0001}
 * …), about a third of whom leave during the year ({@code TRANSFER_OUT_COMPLETED} or {@code ACCOUNT_CLOSED}).
 * The story a fit over the year tells:
 * <ul>
 * <li>a {@code COMPLAINT} (configured weight 20) and a {@code LARGE_WITHDRAWAL} (30) came before most departures,
 * weeks before: they predict leaving far better than their weights say;</li>
 * <li>an {@code ASSET_OUTFLOW} (40) came to leavers and stayers alike: it predicts nothing.</li>
 * </ul>
 * A client's signals are at least {@value #SPACING_DAYS} days apart and end {@value #QUIET_DAYS} days before the
 * last day, so no score of the history reaches the alert line and no year-old CPR task is opened
 * (docs/domain.md#churn-alerts): the history only feeds the fit. Seeded and idempotent like {@link Demo}.
 */
public final class DemoHistory {

    public static final int CLIENTS = 360;
    public static final int DAYS = 365;
    /** More than the 30-day risk window: two signals of a client never add up to an alert. */
    static final int SPACING_DAYS = 32;
    /** No history signal in the last weeks, where today's NEGLECT scan could add to one. */
    static final int QUIET_DAYS = 35;
    private static final BigDecimal OUTFLOW_LEFT = new BigDecimal("0.62");
    private static final BigDecimal WITHDRAWN = new BigDecimal("0.35");

    /** One CloudEvent for a back-office topic. */
    public record Message(String topic, String type, String id, String clientId, String json) {
    }

    /** A signal the history raises in retention-service: which client, which kind, which day. */
    public record Signal(String clientId, String kind, LocalDate day) {
    }

    /**
     * The plan: the messages in the order to send them (per client: its outcome, then its balances and account
     * events by time, so the last message of a client is its last signal), the signals they raise and the day
     * each leaver left.
     */
    public record Plan(List<Message> messages, List<Signal> signals, Map<String, LocalDate> leftOn) {

        /** The balances, each client's by time: sent first, so a withdrawal finds the balance it is judged by. */
        public List<Message> balances() {
            return messages.stream().filter(m -> m.topic().equals(BALANCES)).toList();
        }

        /**
         * The account events: every outcome first, then the complaints and withdrawals by client and time. Once
         * the last complaint or withdrawal of each client is in, the outcomes sent before them on the same
         * partitions are in too.
         */
        public List<Message> accountEvents() {
            List<Message> events = messages.stream().filter(m -> m.topic().equals(ACCOUNT_EVENTS)).toList();
            List<Message> ordered = new ArrayList<>(events.stream().filter(DemoHistory::isOutcome).toList());
            ordered.addAll(events.stream().filter(m -> !isOutcome(m)).toList());
            return ordered;
        }

        /** Each client's last signal: when retention-service shows it, that client's history is in. */
        public List<Signal> lastSignals() {
            Map<String, Signal> last = new LinkedHashMap<>();
            signals.forEach(s -> last.merge(s.clientId(), s, (a, b) -> b.day().isAfter(a.day()) ? b : a));
            return List.copyOf(last.values());
        }
    }

    static final String BALANCES = "backoffice.balances";
    static final String ACCOUNT_EVENTS = "backoffice.account-events";

    private static boolean isOutcome(Message m) {
        return m.json().contains("\"kind\":\"TRANSFER_OUT_COMPLETED\"") || m.json().contains("\"kind\":\"ACCOUNT_CLOSED\"");
    }

    /** When a signal of the plan happened: an account event at 03:00 UTC, an outflow at its balance's close. */
    public static java.time.Instant at(Signal s) {
        return s.kind().equals("ASSET_OUTFLOW") ? s.day().atTime(15, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()
                : s.day().atTime(3, 0).toInstant(ZoneOffset.UTC);
    }

    private DemoHistory() {
    }

    /** The history of {@value #CLIENTS} clients ending on {@code lastDay}. */
    public static Plan plan(LocalDate lastDay) {
        return plan(lastDay, CLIENTS);
    }

    public static Plan plan(LocalDate lastDay, int clients) {
        Random r = new Random(2027);
        LocalDate first = lastDay.minusDays(DAYS);
        LocalDate lastSignal = lastDay.minusDays(QUIET_DAYS);
        List<Message> messages = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        Map<String, LocalDate> leftOn = new LinkedHashMap<>();
        for (int i = 1; i <= clients; i++) {
            String id = String.format("H%04d", i);
            BigDecimal level = BigDecimal.valueOf(120_000 + r.nextInt(330_000)).setScale(2, RoundingMode.HALF_UP);
            boolean leaves = r.nextDouble() < 0.33;
            LocalDate left = leaves ? weekday(first.plusDays(60 + r.nextInt(DAYS - 65))) : null;
            LocalDate end = left != null ? left.minusDays(1) : lastSignal;
            List<Signal> mine = new ArrayList<>();
            if (left != null && r.nextDouble() < 0.8) {
                // the warning before leaving, 10 to 60 days before
                String kind = r.nextBoolean() ? "COMPLAINT" : "LARGE_WITHDRAWAL";
                add(mine, new Signal(id, kind, weekday(left.minusDays(10 + r.nextInt(51)))), first, lastSignal);
            } else if (left == null) {
                double u = r.nextDouble();
                String kind = u < 0.10 ? "COMPLAINT" : u < 0.18 ? "LARGE_WITHDRAWAL" : null;
                LocalDate day = weekday(first.plusDays(10 + r.nextInt(DAYS - 10)));
                if (kind != null) {
                    add(mine, new Signal(id, kind, day), first, lastSignal);
                }
            }
            // outflows come to everyone alike, about every four months while the client is there
            int outflows = 1 + r.nextInt(4);
            for (int k = 0; k < outflows; k++) {
                long span = ChronoUnit.DAYS.between(first.plusDays(10), end);
                if (span > 0) {
                    add(mine, new Signal(id, "ASSET_OUTFLOW", weekday(first.plusDays(10 + r.nextInt((int) span)))),
                            first, end.isBefore(lastSignal) ? end : lastSignal);
                }
            }
            mine.sort(Comparator.comparing(Signal::day));
            if (left != null) {
                leftOn.put(id, left);
                String kind = r.nextDouble() < 0.7 ? "TRANSFER_OUT_COMPLETED" : "ACCOUNT_CLOSED";
                messages.add(account(id, kind, left, "", "H-" + id + "-" + kind));
            }
            messages.add(balance(id, first, level));
            for (Signal s : mine) {
                switch (s.kind()) {
                    case "ASSET_OUTFLOW" -> {
                        messages.add(balance(id, s.day().minusDays(5), level));
                        messages.add(balance(id, s.day(), level.multiply(OUTFLOW_LEFT).setScale(2, RoundingMode.HALF_UP)));
                    }
                    case "COMPLAINT" -> messages.add(account(id, "COMPLAINT_FILED", s.day(), "", "H-" + id + "-C-" + s.day()));
                    default -> messages.add(account(id, "WITHDRAWAL", s.day(), ",\"amount\":"
                            + level.multiply(WITHDRAWN).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                            "H-" + id + "-W-" + s.day()));
                }
            }
            signals.addAll(mine);
        }
        return new Plan(List.copyOf(messages), List.copyOf(signals), Map.copyOf(leftOn));
    }

    /** Adds the signal when it is inside the period and far enough from the client's others. */
    private static void add(List<Signal> mine, Signal s, LocalDate from, LocalDate to) {
        if (s.day().isBefore(from.plusDays(6)) || s.day().isAfter(to)) {
            return;
        }
        for (Signal other : mine) {
            if (Math.abs(ChronoUnit.DAYS.between(other.day(), s.day())) < SPACING_DAYS) {
                return;
            }
        }
        mine.add(s);
    }

    /** The back office reports on trading days: a Saturday is moved to the Friday, a Sunday to the Monday. */
    private static LocalDate weekday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY ? d.minusDays(1)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.plusDays(1) : d;
    }

    private static Message balance(String client, LocalDate day, BigDecimal total) {
        BigDecimal cash = total.divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        return new Message(BALANCES, "backoffice.balance.reported.v1", "demo-hbal-" + client + "-" + day, client,
                "{\"clientId\":\"" + client + "\",\"accountId\":\"" + client + "-A\",\"asOf\":\"" + day
                        + "\",\"totalAssets\":" + total.toPlainString() + ",\"cash\":" + cash.toPlainString()
                        + ",\"marketValue\":" + total.subtract(cash).toPlainString() + "}");
    }

    private static Message account(String client, String kind, LocalDate day, String extra, String eventId) {
        return new Message(ACCOUNT_EVENTS, "backoffice.account.event.v1", "demo-" + eventId, client,
                "{\"eventId\":\"" + eventId + "\",\"clientId\":\"" + client + "\",\"occurredAt\":\""
                        + day.atTime(3, 0).toInstant(ZoneOffset.UTC) + "\",\"kind\":\"" + kind + "\"" + extra
                        + ",\"note\":\"kehu demo history\"}");
    }

    /**
     * Sends the year ending on {@code lastDay} to the broker: the balances, then (once retention-service knows
     * every history client, so each withdrawal finds its balance) the account events. A second run sends the same
     * ids: nothing doubles.
     */
    static void send(String bootstrap, String retentionUrl, String token, LocalDate lastDay) throws InterruptedException {
        Plan plan = plan(lastDay);
        AtomicLong failed = new AtomicLong();
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            send(producer, plan.balances(), failed);
            awaitKnown(retentionUrl, token, plan.messages().stream().map(Message::clientId).distinct().toList());
            send(producer, plan.accountEvents(), failed);
        }
        System.out.printf("kehu demo: a year of history (%s … %s): %d clients, %d signals, %d left; %d messages sent%s.%n"
                        + "kehu demo: on /churn-model start a fit from %s to %s (horizon 90 days) to see which signals came before leaving%n",
                lastDay.minusDays(DAYS), lastDay, CLIENTS, plan.signals().size(), plan.leftOn().size(), plan.messages().size(),
                failed.get() > 0 ? ", " + failed.get() + " refused by the broker" : "", lastDay.minusDays(DAYS), lastDay);
    }

    private static void send(KafkaProducer<String, String> producer, List<Message> messages, AtomicLong failed) {
        for (Message m : messages) {
            RecordHeaders h = new RecordHeaders();
            h.add("ce_specversion", bytes("1.0"));
            h.add("ce_id", bytes(m.id()));
            h.add("ce_source", bytes(Demo.SOURCE));
            h.add("ce_type", bytes(m.type()));
            h.add("ce_subject", bytes(m.clientId()));
            h.add("content-type", bytes("application/json"));
            producer.send(new ProducerRecord<>(m.topic(), null, m.clientId(), m.json(), h), (meta, e) -> {
                if (e != null) {
                    failed.incrementAndGet();
                }
            });
        }
        producer.flush();
    }

    /** Waits (up to two minutes) until retention-service has each client (its churn risk answers 200, not 404). */
    private static void awaitKnown(String retentionUrl, String token, List<String> clients) throws InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(3)).build();
        long until = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        for (String client : clients) {
            while (true) {
                int status;
                try {
                    status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(retentionUrl + "/api/v1/clients/"
                                    + client + "/churn-risk")).timeout(java.time.Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token).GET().build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException e) {
                    status = -1;
                }
                if (status == 200) {
                    break;
                }
                if (System.nanoTime() > until) {
                    System.out.println("kehu demo: retention-service does not know " + client + " after two minutes; "
                            + "sending the account events anyway (some withdrawals may raise no signal)");
                    return;
                }
                Thread.sleep(500);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
