package dev.kehu.eventstore.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.DeadLetters;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxRelay;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.eventstore.contract.SegmentChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The library's metrics on the service's {@code /q/metrics} (Prometheus names in {@link #ALL}):
 * what the consumers took in, deduplicated and dead-lettered, what the relay published, the outbox
 * backlog, rebuild progress, and the domain counters read off the contract events the relay
 * published ({@link #DOMAIN}: a table, type → metric and label fields). Counters move only for
 * committed work: a batch once its transaction committed, a relayed message once the broker
 * acknowledged it and its outbox row's delete committed. Created at startup, so the gauges show
 * before anything was counted, and so do the counters for every label value known in advance (the
 * topics of the service's {@code mp.messaging.incoming.*} channels, and what its {@link KnownLabels}
 * beans name): each series is there at 0, never missing until its first event.
 */
@Startup
@ApplicationScoped
public class KehuMetrics implements OutboxRelay.Listener {

    private static final Logger LOG = Logger.getLogger(KehuMetrics.class);

    /** A metric as Prometheus shows it. */
    public record Metric(String prometheusName, String type, List<String> labels, String help) {
    }

    /**
     * A counter of one contract event type, counted when the relay published it: each label is read
     * from a field of the event's data ({@code a.b} = field b of object a); a null or missing field
     * reads {@code NONE}.
     */
    public record DomainMetric(String eventType, String name, Map<String, String> labelFields, String help) {

        public Metric metric() {
            return new Metric(prometheus(name) + "_total", "counter", List.copyOf(labelFields.keySet()), help);
        }
    }

    static final String CONSUMED = "kehu.events.consumed";
    static final String DEDUPLICATED = "kehu.events.deduplicated";
    static final String DEAD_LETTERS = "kehu.dead.letters";
    static final String PUBLISHED = "kehu.events.published";
    static final String PARKED = "kehu.outbox.parked";
    static final String BACKLOG = "kehu.outbox.backlog";
    static final String OLDEST_AGE = "kehu.outbox.oldest.age";
    static final String REBUILD_EVENTS = "kehu.projection.rebuild.events";

    /** The domain counters: which contract event moves which counter, with which labels. */
    public static final List<DomainMetric> DOMAIN = List.of(
            new DomainMetric(SegmentChanged.TYPE, "kehu.segment.changes",
                    labels("from", "previousSegment", "to", "segment"),
                    "Clients moved from one segment to another (from NONE: classified the first time)"),
            new DomainMetric("retention.churn-alert.raised.v1", "kehu.churn.alerts", labels("level", "riskLevel"),
                    "Churn alerts raised, by risk level"),
            new DomainMetric("retention.task.opened.v1", "kehu.retention.tasks.opened", labels("priority", "priority"),
                    "Retention (CPR) tasks opened, by priority"),
            new DomainMetric("retention.task.closed.v1", "kehu.retention.tasks.closed", labels("outcome", "outcome"),
                    "Retention (CPR) tasks closed, by outcome"),
            new DomainMetric(QuestionnaireCompleted.TYPE, "kehu.assessments.completed",
                    labels("category", "riskCategory", "capacity_band", "capacity.band", "attitude_band", "attitude.band"),
                    "Risk assessments completed, by risk category and capacity/attitude band"),
            new DomainMetric("profiling.suitability.checked.v1", "kehu.suitability.checks", labels("result", "result"),
                    "Suitability checks, by result"));

    /** Every metric the library exposes, by its Prometheus name (the dashboard may use only these). */
    public static final List<Metric> ALL = Stream.concat(Stream.of(
                    new Metric(prometheus(CONSUMED) + "_total", "counter", List.of("topic"),
                            "Records a consumer committed past (accepted, duplicates and dead letters)"),
                    new Metric(prometheus(DEDUPLICATED) + "_total", "counter", List.of("topic"),
                            "Records dropped as already processed (inbox hits)"),
                    new Metric(prometheus(DEAD_LETTERS) + "_total", "counter", List.of("topic"),
                            "Records copied to <topic>.dlq, by the topic they came from"),
                    new Metric(prometheus(PUBLISHED) + "_total", "counter", List.of("topic"),
                            "Outbox messages the broker acknowledged, by topic"),
                    new Metric(prometheus(PARKED) + "_total", "counter", List.of("topic"),
                            "Outbox messages the broker can never take, moved to es_outbox_parked, by topic"),
                    new Metric(prometheus(BACKLOG), "gauge", List.of(), "Outbox messages waiting to be published"),
                    new Metric(prometheus(OLDEST_AGE) + "_seconds", "gauge", List.of(),
                            "How long the oldest waiting outbox message has waited"),
                    new Metric(prometheus(REBUILD_EVENTS) + "_total", "counter", List.of("projection"),
                            "Events a read-model rebuild applied, by projection (moves while it runs)")),
            DOMAIN.stream().map(DomainMetric::metric)).toList();

    private static final Map<String, DomainMetric> BY_TYPE = new HashMap<>();
    private static final Map<String, String> HELP = new HashMap<>();

    static {
        DOMAIN.forEach(m -> BY_TYPE.put(m.eventType(), m));
        ALL.forEach(m -> HELP.put(m.prometheusName(), m.help()));
    }

    /** Label values are codes; anything else (a bug upstream) is counted as OTHER, never as a new series. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final long BACKLOG_CACHE_NANOS = 1_000_000_000L;

    private final MeterRegistry registry;
    private final Db db;
    private final ObjectMapper mapper = new ObjectMapper();
    private volatile Outbox.Backlog backlog;
    private volatile long backlogAt;

    public KehuMetrics(MeterRegistry registry, Db db, Config config, Instance<KnownLabels> known) {
        this.registry = registry;
        this.db = db;
        Gauge.builder(BACKLOG, this, m -> m.backlog() == null ? Double.NaN : m.backlog().messages())
                .description(HELP.get(prometheus(BACKLOG))).strongReference(true).register(registry);
        Gauge.builder(OLDEST_AGE, this, m -> m.backlog() == null ? Double.NaN : m.backlog().oldestAgeSeconds())
                .baseUnit("seconds").description(HELP.get(prometheus(OLDEST_AGE) + "_seconds")).strongReference(true)
                .register(registry);
        List<KnownLabels> all = new ArrayList<>();
        known.forEach(all::add);
        all.add(new KnownLabels(incomingTopics(config), Set.of(), Map.of()));
        registerAtZero(KnownLabels.merge(all));
    }

    /** The topics of the service's Kafka channels ({@code topics}, else {@code topic}, else the channel's name). */
    static Set<String> incomingTopics(Config config) {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = INCOMING_CONNECTOR.matcher(name);
            if (!m.matches() || !"smallrye-kafka".equals(config.getOptionalValue(name, String.class).orElse(""))) {
                continue;
            }
            String channel = "mp.messaging.incoming." + m.group(1) + ".";
            if (!config.getOptionalValue(channel + "enabled", Boolean.class).orElse(true)) {
                continue;
            }
            String list = config.getOptionalValue(channel + "topics", String.class)
                    .or(() -> config.getOptionalValue(channel + "topic", String.class)).orElse(m.group(1));
            for (String topic : list.split(",")) {
                if (!topic.isBlank()) {
                    topics.add(topic.trim());
                }
            }
        }
        return topics;
    }

    /**
     * Creates every known series at 0: per consumed topic the consumer counters, per published
     * topic (a consumed topic's dead letters included) the relay's, and the domain counters' label sets.
     *
     * @throws IllegalStateException for a label set a domain counter cannot have (a typo fails the start)
     */
    private void registerAtZero(KnownLabels known) {
        Set<String> published = new LinkedHashSet<>(known.publishedTopics());
        for (String topic : known.consumedTopics()) {
            for (String name : List.of(CONSUMED, DEDUPLICATED, DEAD_LETTERS)) {
                counter(name, Tags.of("topic", topic));
            }
            published.add(topic + DeadLetters.SUFFIX);
        }
        for (String topic : published) {
            counter(PUBLISHED, Tags.of("topic", topic));
            counter(PARKED, Tags.of("topic", topic));
        }
        known.domain().forEach((type, labelSets) -> {
            DomainMetric m = BY_TYPE.get(type);
            if (m == null) {
                throw new IllegalStateException("no domain counter counts " + type + " (KehuMetrics.DOMAIN)");
            }
            for (Map<String, String> labels : labelSets) {
                if (!labels.keySet().equals(m.labelFields().keySet())
                        || !labels.values().stream().allMatch(v -> CODE.matcher(v).matches())) {
                    throw new IllegalStateException(m.metric().prometheusName() + " has labels "
                            + m.labelFields().keySet() + " with code values, not " + labels);
                }
                List<String> tags = new ArrayList<>();
                m.labelFields().keySet().forEach(label -> {
                    tags.add(label);
                    tags.add(labels.get(label));
                });
                counter(m.name(), Tags.of(tags.toArray(String[]::new)));
            }
        });
    }

    /** Counts a batch whose transaction committed. */
    public void committed(IncomingBatch.Outcome outcome) {
        outcome.byTopic().forEach((topic, n) -> {
            add(CONSUMED, topic, n.consumed());
            add(DEDUPLICATED, topic, n.duplicates());
            add(DEAD_LETTERS, topic, n.deadLettered());
        });
    }

    /** Counts events a rebuild applied to a projection. */
    public Projections.Progress rebuildProgress() {
        return (projection, events) -> counter(REBUILD_EVENTS, Tags.of("projection", projection)).increment(events);
    }

    /** Counts what the relay published, and the domain counters of the contract events among it. */
    @Override
    public void published(List<ProducerRecord<String, byte[]>> records) {
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        for (ProducerRecord<String, byte[]> r : records) {
            byTopic.merge(r.topic(), 1, Integer::sum);
            Header type = r.headers().lastHeader("ce_type");
            DomainMetric domain = type == null || type.value() == null ? null
                    : BY_TYPE.get(new String(type.value(), StandardCharsets.UTF_8));
            if (domain != null && r.value() != null) {
                countDomain(domain, r.value());
            }
        }
        byTopic.forEach((topic, n) -> add(PUBLISHED, topic, n));
    }

    /** Counts what the relay parked. */
    @Override
    public void parked(List<OutboxRelay.Parked> parked) {
        parked.forEach(p -> counter(PARKED, Tags.of("topic", p.topic())).increment());
    }

    private void countDomain(DomainMetric m, byte[] payload) {
        try {
            JsonNode data = mapper.readTree(payload);
            List<String> tags = new ArrayList<>(m.labelFields().size() * 2);
            m.labelFields().forEach((label, field) -> {
                tags.add(label);
                tags.add(code(data, field));
            });
            counter(m.name(), Tags.of(tags.toArray(String[]::new))).increment();
        } catch (Exception e) {
            LOG.debugf("%s not counted: %s", m.eventType(), e.getMessage());
        }
    }

    static String code(JsonNode data, String path) {
        JsonNode node = data;
        for (String field : path.split("\\.")) {
            node = node == null ? null : node.get(field);
        }
        if (node == null || node.isNull()) {
            return "NONE";
        }
        String value = node.asText();
        return CODE.matcher(value).matches() ? value : "OTHER";
    }

    /** The outbox backlog, read at most once a second (both gauges share one query); null while the database is away. */
    Outbox.Backlog backlog() {
        long now = System.nanoTime();
        Outbox.Backlog known = backlog;
        if (known != null && now - backlogAt < BACKLOG_CACHE_NANOS) {
            return known;
        }
        try {
            known = db.call(Outbox::backlog);
        } catch (RuntimeException e) {
            return null;
        }
        backlog = known;
        backlogAt = now;
        return known;
    }

    private void add(String name, String topic, int n) {
        if (n > 0) {
            counter(name, Tags.of("topic", topic)).increment(n);
        }
    }

    private Counter counter(String name, Tags tags) {
        return Counter.builder(name).tags(tags).description(HELP.get(prometheus(name) + "_total")).register(registry);
    }

    private static String prometheus(String micrometerName) {
        return micrometerName.replace('.', '_');
    }

    private static Map<String, String> labels(String... labelAndField) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < labelAndField.length; i += 2) {
            labels.put(labelAndField[i], labelAndField[i + 1]);
        }
        return labels;
    }
}
