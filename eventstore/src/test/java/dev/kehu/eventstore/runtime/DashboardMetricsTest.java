package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Grafana dashboard and the alert rules under {@code deploy/grafana} use only metrics the
 * library exposes ({@link KehuMetrics#ALL}), group and filter them only by labels those metrics
 * have, and the dashboard shows every one of them: the two cannot drift apart.
 */
class DashboardMetricsTest {

    private static final Pattern METRIC = Pattern.compile("\\bkehu_[a-z0-9_]+");
    private static final Pattern SELECTOR = Pattern.compile("\\b(kehu_[a-z0-9_]+)\\{([^}]*)}");
    private static final Pattern BY = Pattern.compile("\\bby \\(([^)]*)\\) \\((?:rate|increase)?\\(?(kehu_[a-z0-9_]+)");
    private static final Pattern MATCHER = Pattern.compile("([a-z_]+)\\s*(?:=~|!=|!~|=)");
    /** Labels Prometheus adds to every scraped series. */
    private static final Set<String> TARGET_LABELS = Set.of("job", "instance");

    private static final Map<String, KehuMetrics.Metric> LIBRARY = KehuMetrics.ALL.stream()
            .collect(Collectors.toMap(KehuMetrics.Metric::prometheusName, Function.identity()));

    private static Path grafana() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("deploy/grafana");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no deploy/grafana above " + Path.of("").toAbsolutePath());
    }

    private static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(grafana().resolve("kehu-dashboard.json").toFile());
        assertEquals("kehu-operations", dashboard.get("uid").asText());
        List<String> queries = new ArrayList<>();
        collect(dashboard, queries);
        return queries;
    }

    private static void collect(JsonNode node, List<String> queries) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if ((f.getKey().equals("expr") || f.getKey().equals("definition")) && f.getValue().isTextual()) {
                    queries.add(f.getValue().asText());
                } else {
                    collect(f.getValue(), queries);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, queries));
        }
    }

    private static List<String> alertExpressions() throws IOException {
        List<String> exprs = new ArrayList<>();
        List<String> lines = Files.readAllLines(grafana().resolve("kehu-alerts.yml"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("expr:")) {
                StringBuilder expr = new StringBuilder(line.substring(5));
                while (i + 1 < lines.size() && !lines.get(i + 1).trim().contains(":")) {
                    expr.append(' ').append(lines.get(++i).trim());
                }
                exprs.add(expr.toString());
            }
        }
        return exprs;
    }

    private static Set<String> unknownNamesAndLabels(List<String> queries) {
        Set<String> problems = new TreeSet<>();
        for (String q : queries) {
            Matcher m = METRIC.matcher(q);
            while (m.find()) {
                if (!LIBRARY.containsKey(m.group())) {
                    problems.add("unknown metric " + m.group() + " in " + q);
                }
            }
            Matcher s = SELECTOR.matcher(q);
            while (s.find()) {
                Matcher label = MATCHER.matcher(s.group(2));
                while (label.find()) {
                    checkLabel(s.group(1), label.group(1), q, problems);
                }
            }
            Matcher by = BY.matcher(q);
            while (by.find()) {
                for (String label : by.group(1).split(",")) {
                    checkLabel(by.group(2), label.trim(), q, problems);
                }
            }
        }
        return problems;
    }

    private static void checkLabel(String metric, String label, String query, Set<String> problems) {
        KehuMetrics.Metric known = LIBRARY.get(metric);
        if (known != null && !known.labels().contains(label) && !TARGET_LABELS.contains(label)) {
            problems.add(metric + " has no label " + label + " (" + query + ")");
        }
    }

    @Test
    void theDashboardUsesOnlyTheLibrarysMetricsAndLabelsAndShowsEveryOne() throws IOException {
        List<String> queries = dashboardQueries();
        assertTrue(queries.size() > 10, "the dashboard's queries were found: " + queries.size());
        assertEquals(Set.of(), unknownNamesAndLabels(queries));

        Set<String> shown = new HashSet<>();
        queries.forEach(q -> METRIC.matcher(q).results().forEach(r -> shown.add(r.group())));
        Set<String> missing = new TreeSet<>(LIBRARY.keySet());
        missing.removeAll(shown);
        assertEquals(Set.of(), missing, "metrics the dashboard does not show");
    }

    @Test
    void theAlertRulesUseOnlyTheLibrarysMetricsAndLabels() throws IOException {
        List<String> exprs = alertExpressions();
        assertTrue(exprs.size() >= 4, "the alert expressions were found: " + exprs);
        assertEquals(Set.of(), unknownNamesAndLabels(exprs));
    }

    @Test
    void theCheckNoticesAMisspeltMetricOrLabel() {
        assertEquals(2, unknownNamesAndLabels(List.of("sum by (topic) (rate(kehu_event_consumed_total[5m]))",
                "sum by (level) (increase(kehu_churn_alerts_total{severity=\"HIGH\"}[1h]))")).size());
    }
}
