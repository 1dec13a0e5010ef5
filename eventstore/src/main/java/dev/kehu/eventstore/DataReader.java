package dev.kehu.eventstore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads fields of a consumed event's data, collecting every problem so the dead-letter reason
 * names all of them at once. Call {@link #validate()} after reading.
 */
public final class DataReader {

    private static final int MAX_TEXT = 200;

    private final JsonNode data;
    private final List<String> problems = new ArrayList<>();

    DataReader(JsonNode data) {
        this.data = data;
    }

    public String text(String field) {
        JsonNode v = data.get(field);
        if (v == null || v.isNull()) {
            problems.add(field + " is missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(field + " must be a non-empty string");
            return null;
        }
        if (v.asText().length() > MAX_TEXT) {
            problems.add(field + " is longer than " + MAX_TEXT + " characters");
            return null;
        }
        return clean(field, v.asText());
    }

    /** Control characters (NUL above all, which PostgreSQL cannot store) have no place in a feed's text. */
    private String clean(String field, String text) {
        if (text.chars().anyMatch(ch -> (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f)) {
            problems.add(field + " contains control characters");
            return null;
        }
        return text;
    }

    public String optionalText(String field) {
        JsonNode v = data.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.add(field + " must be a string");
            return null;
        }
        if (v.asText().length() > MAX_TEXT * 10) {
            problems.add(field + " is longer than " + MAX_TEXT * 10 + " characters");
            return null;
        }
        return clean(field, v.asText());
    }

    public BigDecimal decimal(String field) {
        JsonNode v = data.get(field);
        if (v == null || v.isNull()) {
            problems.add(field + " is missing");
            return null;
        }
        if (!v.isNumber()) {
            problems.add(field + " must be a number");
            return null;
        }
        return v.decimalValue();
    }

    public BigDecimal nonNegative(String field) {
        return decimalWhere(field, d -> d.signum() >= 0, "must not be negative");
    }

    public BigDecimal positive(String field) {
        return decimalWhere(field, d -> d.signum() > 0, "must be greater than 0");
    }

    /** A number that keeps a rule; a number that breaks it is a problem ({@code <field> <rule>, was <d>}). */
    private BigDecimal decimalWhere(String field, Predicate<BigDecimal> rule, String ruleText) {
        BigDecimal d = decimal(field);
        if (d != null && !rule.test(d)) {
            problems.add(field + " " + ruleText + ", was " + d.toPlainString());
            return null;
        }
        return d;
    }

    public Instant instant(String field) {
        return parsedText(field, s -> OffsetDateTime.parse(s).toInstant(), "an RFC 3339 date-time");
    }

    public LocalDate date(String field) {
        return parsedText(field, LocalDate::parse, "a date (yyyy-MM-dd)");
    }

    /** A string field parsed as a date or time; one that does not parse is a problem ({@code <field> is not <what>}). */
    private <T> T parsedText(String field, Function<String, T> parser, String what) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return parser.apply(s);
        } catch (DateTimeParseException e) {
            problems.add(field + " is not " + what + ": " + s);
            return null;
        }
    }

    public <E extends Enum<E>> E code(String field, Class<E> codes) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(codes, s);
        } catch (IllegalArgumentException e) {
            problems.add(field + " has unknown code " + s);
            return null;
        }
    }

    /** Adds a problem found by a rule across fields. */
    public void reject(String problem) {
        problems.add(problem);
    }

    public void validate() throws InvalidMessageException {
        if (!problems.isEmpty()) {
            throw new InvalidMessageException(String.join("; ", problems));
        }
    }
}
