package dev.kehu.profiling.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dev.kehu.eventstore.problem.ProblemException;

/** Query parameters that name a moment: an RFC 3339 instant, or a date meaning its start in the branch's zone. */
public final class TimeParams {

    private TimeParams() {
    }

    public static Instant instantOrDate(String field, String raw, ZoneId zone) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest(field,
                    "required: a date (2026-03-01) or an instant (2026-03-01T08:00:00Z)");
        }
        String value = raw.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "not a date (2026-03-01) or an instant (2026-03-01T08:00:00Z)");
        }
    }
}
