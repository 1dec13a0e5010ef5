package dev.kehu.profiling.config;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dev.kehu.eventstore.problem.ProblemException;

/** Query parameters that name a moment: an RFC 3339 instant, or a date meaning its start in the branch's zone. */
public final class TimeParams {

    /** Moments outside these years cannot be records of this service, and would overflow SQL timestamps. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    private TimeParams() {
    }

    /** The {@code asOf} of a read that answers live without it, or as things stood at that moment. */
    public static Instant asOf(String raw, ZoneId zone) {
        return raw == null ? null : instantOrDate("asOf", raw, zone);
    }

    public static Instant instantOrDate(String field, String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest(field,
                    "required: a date (2026-03-01) or an instant (2026-03-01T08:00:00Z)");
        }
        String value = raw.trim();
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "not a date (2026-03-01) or an instant (2026-03-01T08:00:00Z)");
        }
        int year = instant.atZone(zone).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest(field, "must lie in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return instant;
    }
}
