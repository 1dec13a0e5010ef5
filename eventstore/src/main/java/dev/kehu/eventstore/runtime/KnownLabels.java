package dev.kehu.eventstore.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The label values a service knows before anything happens, so {@link KehuMetrics} shows each of
 * their series at 0 from start-up: a fresh service's dashboard and a {@code rate()} or
 * {@code increase()} alert then see 0, not no series at all. A service produces one as a CDI bean
 * (several are merged). The topics it consumes need not be named: they are read from its
 * {@code mp.messaging.incoming.*} channels, and their {@code .dlq} topics count as published.
 *
 * @param consumedTopics  topics consumed other than through a {@code smallrye-kafka} channel
 * @param publishedTopics topics the service writes to its outbox
 * @param domain          per contract event type ({@link KehuMetrics#DOMAIN}), each label set its
 *                        counter can take (label → value)
 */
public record KnownLabels(Set<String> consumedTopics, Set<String> publishedTopics,
                          Map<String, List<Map<String, String>>> domain) {

    public KnownLabels {
        consumedTopics = Set.copyOf(consumedTopics);
        publishedTopics = Set.copyOf(publishedTopics);
        Map<String, List<Map<String, String>>> copy = new LinkedHashMap<>();
        domain.forEach((type, sets) -> copy.put(type, sets.stream().map(Map::copyOf).toList()));
        domain = Map.copyOf(copy);
    }

    /** A service that publishes to these topics (and nothing else known yet). */
    public static KnownLabels publishing(String... topics) {
        return new KnownLabels(Set.of(), Set.of(topics), Map.of());
    }

    /** These labels, and the label sets the domain counter of {@code eventType} can take. */
    public KnownLabels counting(String eventType, List<Map<String, String>> labelSets) {
        Map<String, List<Map<String, String>>> more = new LinkedHashMap<>(domain);
        more.merge(eventType, labelSets, (a, b) -> {
            List<Map<String, String>> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
        return new KnownLabels(consumedTopics, publishedTopics, more);
    }

    /**
     * Every combination of the values given per label (an enum's constants become their names):
     * {@code combinations(Map.of("level", List.of(RiskLevel.values())))} is one label set per level.
     */
    public static List<Map<String, String>> combinations(Map<String, ? extends Collection<?>> valuesByLabel) {
        List<Map<String, String>> sets = List.of(Map.of());
        for (Map.Entry<String, ? extends Collection<?>> label : valuesByLabel.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> set : sets) {
                for (Object value : label.getValue()) {
                    Map<String, String> more = new LinkedHashMap<>(set);
                    more.put(label.getKey(), value instanceof Enum<?> e ? e.name() : String.valueOf(value));
                    next.add(more);
                }
            }
            sets = next;
        }
        return sets;
    }

    /** All of these together. */
    static KnownLabels merge(Collection<KnownLabels> all) {
        Set<String> consumed = new LinkedHashSet<>();
        Set<String> published = new LinkedHashSet<>();
        KnownLabels merged = new KnownLabels(Set.of(), Set.of(), Map.of());
        for (KnownLabels k : all) {
            consumed.addAll(k.consumedTopics());
            published.addAll(k.publishedTopics());
            for (Map.Entry<String, List<Map<String, String>>> d : k.domain().entrySet()) {
                merged = merged.counting(d.getKey(), d.getValue());
            }
        }
        return new KnownLabels(consumed, published, merged.domain());
    }
}
