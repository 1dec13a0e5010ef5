package dev.kehu.retention.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /reactivation-campaigns} (docs/domain.md#reactivation). The constraints are
 * checked at the REST edge; the segments and the dates, every problem in one 400, by {@link #checked()}.
 */
@Schema(name = "CampaignRequest", description = "A reactivation campaign (存量盘活) to start")
public record CampaignRequest(
        @Schema(required = true, maxLength = 200, example = "Spring reactivation")
        @NotBlank @Size(max = MAX_NAME) String name,
        @Schema(description = "segments whose clients become members; default LARGE_STATIC, MEDIUM_STATIC",
                example = "[\"LARGE_STATIC\",\"MEDIUM_STATIC\"]") List<String> segments,
        @Schema(required = true, format = "date", example = "2026-04-01") @NotBlank String startsOn,
        @Schema(required = true, format = "date", example = "2026-04-30") @NotBlank String endsOn,
        @Schema(maxLength = 2000, example = "commission at 0.015% for three months")
        @Size(max = MAX_OFFER) String offer) {

    static final List<String> DEFAULT_SEGMENTS = List.of("LARGE_STATIC", "MEDIUM_STATIC");
    static final List<String> SEGMENTS = List.of("LARGE_SHORT_TERM", "LARGE_STABLE", "LARGE_STATIC",
            "MEDIUM_SHORT_TERM", "MEDIUM_STABLE", "MEDIUM_STATIC", "SMALL_SHORT_TERM", "SMALL_STABLE", "SMALL_STATIC");
    static final int MAX_NAME = 200;
    static final int MAX_OFFER = 2000;

    /** The checked request. */
    record Checked(String name, List<String> segments, LocalDate startsOn, LocalDate endsOn, String offer) {
    }

    Checked checked() {
        List<FieldError> errors = new ArrayList<>();
        List<String> chosen = segments == null || segments.isEmpty() ? DEFAULT_SEGMENTS
                : segments.stream().distinct().toList();
        for (String s : chosen) {
            if (!SEGMENTS.contains(s)) {
                errors.add(new FieldError("segments", "unknown segment " + s + "; one of " + SEGMENTS));
            }
        }
        LocalDate starts = date("startsOn", startsOn, errors);
        LocalDate ends = date("endsOn", endsOn, errors);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add(new FieldError("endsOn", "must not be before startsOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new Checked(name.strip(), chosen, starts, ends, offer);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                errors.add(new FieldError(field, "must be between 2000 and 2100"));
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date, e.g. 2026-04-01"));
            return null;
        }
    }
}
