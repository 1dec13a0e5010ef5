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
        Options o = Options.parse(new String[] {"--quick", "--output", output.toString()});

        Report report = Bench.run(o);

        List<Report.Row> rows = report.rows();
        for (Report.Row row : rows) {
            assertFalse(Double.isNaN(row.value()), "not measured: " + row.figure());
            assertFalse(row.figure().contains("failed"), row.figure());
        }
        for (String section : List.of("footprint", "ingest", "latency", "rest", "churn", "replay")) {
            assertTrue(rows.stream().anyMatch(r -> r.section().equals(section)), "no figures for " + section);
        }
        for (String answered : List.of("probe trades answered by a segment-changed",
                "transfer-out requests answered by an alert")) {
            assertTrue(rows.stream().anyMatch(r -> r.figure().equals(answered) && Boolean.TRUE.equals(r.met())),
                    answered + ": not all arrived");
        }
        assertTrue(rows.stream().filter(r -> r.figure().contains("ingest until lag 0")).allMatch(r -> r.value() > 0));
        assertEquals(4, rows.stream().filter(r -> r.figure().contains("relay's send")).count(),
                "the latency split at the relay's send: p50 and p99 of both legs");
        assertTrue(rows.stream().anyMatch(r -> r.figure().contains("bare COPY") && r.ceiling() != null && r.ceiling() > 0),
                "the COPY ceiling was measured");
        assertTrue(Files.readString(output).contains("\"rows\""));
        assertTrue(Files.exists(output.resolveSibling("latest.md")));
    }
}
