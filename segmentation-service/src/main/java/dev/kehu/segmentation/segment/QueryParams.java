package dev.kehu.segmentation.segment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Query parameter parsing of the list endpoints: every unknown or malformed value is a 400 naming the parameter. */
final class QueryParams {

    private QueryParams() {
    }

    /** The enum constant named {@code raw} (exact code), or null when absent. */
    static <E extends Enum<E>> E code(Class<E> codes, String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E e : codes.getEnumConstants()) {
            if (e.name().equals(raw.strip())) {
                return e;
            }
        }
        throw ProblemException.badRequest(parameter, "must be one of " + names(codes));
    }

    static <E extends Enum<E>> List<String> names(Class<E> codes) {
        return Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }

    /** A decimal number ≥ 0, or null when absent. */
    static BigDecimal nonNegative(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(raw.strip());
            if (v.signum() >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest(parameter, "must be a number ≥ 0");
    }

    /**
     * A day: {@code yyyy-MM-dd}, or an RFC 3339 instant taken as its day in {@code zone} (the exchange's:
     * classifications are as of trading days). Null when absent.
     */
    static LocalDate day(String parameter, String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String v = raw.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v) : Instant.parse(v).atZone(zone).toLocalDate();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(parameter, "must be a date (yyyy-MM-dd) or an RFC 3339 instant");
        }
    }

    /**
     * {@code sort}: one of {@code fields}' keys, {@code -} first to descend; {@code fallback} when absent.
     * {@code then} breaks ties so that pages are stable.
     */
    static Sort sort(String raw, Map<String, String> fields, String fallback, Sort then) {
        String value = raw == null || raw.isBlank() ? fallback : raw.strip();
        boolean descending = value.startsWith("-");
        String field = fields.get(descending ? value.substring(1) : value);
        if (field == null) {
            throw ProblemException.badRequest("sort", "must be one of " + fields.keySet().stream().sorted().toList()
                    + ", '-' first to descend");
        }
        Sort sort = descending ? Sort.descending(field) : Sort.ascending(field);
        then.getColumns().stream().filter(c -> !c.getName().equals(field))
                .forEach(c -> sort.and(c.getName(), c.getDirection()));
        return sort;
    }
}
