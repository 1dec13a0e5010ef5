package dev.kehu.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A short run of the whole benchmark (small N), so the harness cannot rot. It asserts the run
 * measured everything, not how fast: performance is judged from the full run's table.
 */
class QuickBenchmarkTest {

    @Test
    void aQuickRunMeasuresEveryFigureAndSavesTheTable() throws Exception {
        Path output = Path.of("target", "bench-quick", "latest.json").toAbsolutePath();
        // half the --quick feed: the harness is what is tested here, and every phase still has work to measure
        Options o = Options.parse(new String[] {"--quick", "--events", "10000", "--clients", "250",
                "--ingest-warmup-events", "1000", "--output", output.toString()});

        Report report = Bench.run(o);

        List<Report.Row> rows = report.rows();
        for (Report.Row row : rows) {
            assertFalse(Double.isNaN(row.value()), "not measured: " + row.figure());
            assertFalse(row.figure().contains("failed"), row.figure());
        }
        for (String section : List.of("footprint", "ingest", "latency", "rest", "churn", "replay", "overload")) {
            assertTrue(rows.stream().anyMatch(r -> r.section().equals(section)), "no figures for " + section);
        }
        for (String answered : List.of("probe trades answered by a segment-changed",
                "transfer-out requests answered by an alert")) {
            assertTrue(rows.stream().anyMatch(r -> r.figure().equals(answered) && Boolean.TRUE.equals(r.met())),
                    answered + ": not all arrived");
        }
        assertTrue(rows.stream().filter(r -> r.figure().contains("ingest until lag 0")).allMatch(r -> r.value() > 0));
        assertTrue(rows.stream().anyMatch(r -> r.figure().startsWith("warm-up ingest, the service's first (1000 events")
                && r.value() > 0), "the warm-up ingest ran before the measured one");
        assertEquals(4, rows.stream().filter(r -> r.figure().contains("relay's send")).count(),
                "the latency split at the relay's send: p50 and p99 of both legs");
        assertTrue(rows.stream().anyMatch(r -> r.figure().contains("bare COPY") && r.ceiling() != null && r.ceiling() > 0),
                "the COPY ceiling was measured");
        assertOverloadRows(rows);
        assertTrue(Files.readString(output).contains("\"rows\""));
        assertTrue(Files.exists(output.resolveSibling("latest.md")));
    }

    /**
     * The overload phase printed every row, and they add up: each request sent is counted once, as a
     * 2xx, a 503 with Retry-After, another status or unanswered; the target says met or missed. (How
     * many of each is the service's business, judged from the table, not here.)
     */
    private static void assertOverloadRows(List<Report.Row> rows) {
        List<Report.Row> overload = rows.stream().filter(r -> r.section().equals("overload")).toList();
        double sent = value(overload, "sent");
        assertTrue(sent > 0, "nothing sent");
        assertTrue(value(overload, "offered 3x capacity for 3 s") > 0);
        assertTrue(value(overload, "capacity: 201s/s, closed loop c=16") > 0);
        assertEquals(sent, value(overload, "2xx") + value(overload, "503 with Retry-After")
                + value(overload, "other statuses") + value(overload, "unanswered (no answer in 10 s, or no connection)"),
                "every request counted once: " + overload);
        for (String latency : List.of("answer p50", "answer p99", "answer max")) {
            assertTrue(value(overload, latency) >= 0, latency);
        }
        assertTrue(value(overload, "answers later than 2000 ms") >= 0);
        Report.Row target = overload.stream().filter(r -> r.target() != null).findFirst().orElseThrow();
        assertTrue(target.met() != null, "the target is marked met or missed");
        assertEquals(sent, target.ceiling(), "the target counts against everything sent");
    }

    private static double value(List<Report.Row> rows, String figure) {
        return rows.stream().filter(r -> r.figure().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + figure + " in " + rows)).value();
    }
}
