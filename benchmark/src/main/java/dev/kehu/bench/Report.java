package dev.kehu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The benchmark's figures, each beside its ceiling and target, printed as a table and saved as JSON. */
final class Report {

    record Row(String section, String figure, double value, String unit, Double ceiling, String target, Boolean met) {
        Double ratio() {
            return ceiling == null || ceiling == 0 ? null : value / ceiling;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> context = new LinkedHashMap<>();

    void context(String key, Object value) {
        context.put(key, value);
    }

    void add(String section, String figure, double value, String unit) {
        rows.add(new Row(section, figure, value, unit, null, null, null));
    }

    void add(String section, String figure, double value, String unit, Double ceiling, String target, Boolean met) {
        rows.add(new Row(section, figure, value, unit, ceiling, target, met));
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-10s %-46s %14s %-7s %14s %7s  %s%n", "section", "figure", "value", "unit", "ceiling",
                "ratio", "target"));
        for (Row r : rows) {
            out.append(String.format("%-10s %-46s %14s %-7s %14s %7s  %s%n", r.section(), r.figure(), fmt(r.value()), r.unit(),
                    r.ceiling() == null ? "" : fmt(r.ceiling()),
                    r.ratio() == null ? "" : String.format("%.0f%%", 100 * r.ratio()),
                    r.target() == null ? "" : r.target() + (r.met() == null ? "" : r.met() ? "  MET" : "  MISSED")));
        }
        return out.toString();
    }

    /** Markdown, for the README. */
    String markdown() {
        StringBuilder out = new StringBuilder("| section | figure | value | unit | ceiling | ratio | target |\n|---|---|---:|---|---:|---:|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.section()).append(" | ").append(r.figure()).append(" | ").append(fmt(r.value()))
                    .append(" | ").append(r.unit()).append(" | ").append(r.ceiling() == null ? "" : fmt(r.ceiling()))
                    .append(" | ").append(r.ratio() == null ? "" : String.format("%.0f%%", 100 * r.ratio()))
                    .append(" | ").append(r.target() == null ? "" : r.target() + (r.met() == null ? "" : r.met() ? " ✅" : " ❌"))
                    .append(" |\n");
        }
        return out.toString();
    }

    void save(Path file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("finishedAt", Instant.now().toString());
        json.put("context", context);
        json.put("rows", rows);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json);
            Files.writeString(file.resolveSibling(file.getFileName().toString().replace(".json", ".md")),
                    "Context: " + context + "\n\n" + markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows() {
        return rows;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }
}
