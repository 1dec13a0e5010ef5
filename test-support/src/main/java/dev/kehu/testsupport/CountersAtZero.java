package dev.kehu.testsupport;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

/**
 * What a fresh service's /q/metrics must show before any event: each counter at 0 for every label
 * value it knows, so a dashboard and a rate() alert see 0, not a missing series. Collects every
 * series that is missing or not at 0, for one assertion at the end.
 */
public final class CountersAtZero {

    private final PrometheusText metrics;
    private final List<String> wrong = new ArrayList<>();

    private CountersAtZero(PrometheusText metrics) {
        this.metrics = metrics;
    }

    /** Reads the service under test's /q/metrics (RestAssured's base URI), without a token. */
    public static CountersAtZero scrape() {
        return new CountersAtZero(PrometheusText.parse(given().header("Authorization", "none").when()
                .get("/q/metrics").then().statusCode(200).extract().asString()));
    }

    /** Notes the one series of {@code name} with these label pairs if it is missing or not at 0. */
    public CountersAtZero atZero(String name, String... labels) {
        List<PrometheusText.Sample> found = metrics.samples().stream().filter(s -> s.name().equals(name))
                .filter(s -> {
                    for (int i = 0; i + 1 < labels.length; i += 2) {
                        if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                }).toList();
        if (found.size() != 1 || found.get(0).value() != 0) {
            wrong.add(name + List.of(labels) + " " + found);
        }
        return this;
    }

    /** The pipeline's counters of topics the service consumes, and of their dead-letter twins. */
    public CountersAtZero consuming(List<String> topics) {
        for (String topic : topics) {
            atZero("kehu_events_consumed_total", "topic", topic);
            atZero("kehu_events_deduplicated_total", "topic", topic);
            atZero("kehu_dead_letters_total", "topic", topic);
            atZero("kehu_events_published_total", "topic", topic + ".dlq");
            atZero("kehu_outbox_parked_total", "topic", topic + ".dlq");
        }
        return this;
    }

    /** The relay's counters of topics the service publishes. */
    public CountersAtZero publishing(List<String> topics) {
        for (String topic : topics) {
            atZero("kehu_events_published_total", "topic", topic);
            atZero("kehu_outbox_parked_total", "topic", topic);
        }
        return this;
    }

    /** How many series of {@code name} there are. */
    public long series(String name) {
        return metrics.samples().stream().filter(s -> s.name().equals(name)).count();
    }

    /** The series missing or not at 0 (empty when all is well). */
    public List<String> wrong() {
        return List.copyOf(wrong);
    }
}
