package dev.kehu.retention.fit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;

/**
 * The body of {@code POST /api/v1/admin/churn-model/fits} (docs/domain.md#learned-weights): the period whose
 * signal days are the observation points, and the horizon a churn must follow within. Every problem in one 400
 * naming its field.
 */
@Schema(name = "ChurnModelFitRequest", description = "A fit of the churn weights to start")
public record FitRequest(
        @Schema(required = true, format = "date", example = "2025-01-01",
                description = "first day (trading zone) of the period") String from,
        @Schema(required = true, format = "date", example = "2025-12-31",
                description = "last day of the period, not after today") String to,
        @Schema(description = "days after a point within which a churn counts, 1 to 365; default 90", example = "90")
        Integer horizonDays) {

    static final int DEFAULT_HORIZON = 90;
    static final int MAX_HORIZON = 365;

    /** The checked request. */
    record Checked(LocalDate from, LocalDate to, int horizonDays) {
    }

    Checked checked(LocalDate today, int maxPeriodDays) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate f = date("from", from, errors);
        LocalDate t = date("to", to, errors);
        if (t != null && t.isAfter(today)) {
            errors.add(new FieldError("to", "must not be after today (" + today + ")"));
        }
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (f != null && t != null && ChronoUnit.DAYS.between(f, t) + 1 > maxPeriodDays) {
            errors.add(new FieldError("from", "the period may span at most " + maxPeriodDays + " days"));
        }
        int horizon = horizonDays == null ? DEFAULT_HORIZON : horizonDays;
        if (horizon < 1 || horizon > MAX_HORIZON) {
            errors.add(new FieldError("horizonDays", "must be between 1 and " + MAX_HORIZON));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new Checked(f, t, horizon);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required: a date, e.g. 2025-01-01"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                errors.add(new FieldError(field, "must be between 2000 and 2100"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date, e.g. 2025-01-01"));
            return null;
        }
    }
}
