package dev.kehu.retention.contact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Direction;
import dev.kehu.retention.domain.client.ContactCodes.Purpose;

/** The body of {@code POST /clients/{clientId}/contacts} (SPEC §8); codes are read as text so a wrong one is named. */
@Schema(name = "ContactRequest", description = "A contact with the client, as the advisor records it")
public record ContactRequest(
        @Schema(required = true, enumeration = {"PHONE", "VISIT", "WECHAT", "SMS", "EMAIL", "SEMINAR"},
                example = "PHONE") String channel,
        @Schema(required = true, enumeration = {"OUTBOUND", "INBOUND"}, example = "OUTBOUND") String direction,
        @Schema(required = true, enumeration = {"SERVICE_REVIEW", "STRATEGY_REMINDER", "RETENTION", "REACTIVATION",
                "COMPLAINT_FOLLOW_UP", "OTHER"}, example = "SERVICE_REVIEW") String purpose,
        @Schema(required = true, format = "date-time", example = "2026-03-20T07:00:00Z",
                description = "not in the future, at most 365 days back") String occurredAt,
        @Schema(maxLength = 2000, example = "quarterly review, client happy with the bond ladder") String notes,
        @Schema(description = "the reactivation campaign this contact is for") String campaignId,
        @Schema(description = "the CPR task this contact is for") String taskId) {

    static final int MAX_TEXT = 2000;
    static final int MAX_ID = 100;
    /** A device clock a little ahead is not a contact in the future. */
    static final java.time.Duration CLOCK_SKEW = java.time.Duration.ofMinutes(5);
    static final int MAX_DAYS_BACK = 365;

    /** The checked contact. */
    record Valid(Channel channel, Direction direction, Purpose purpose, Instant occurredAt, String notes,
                 String campaignId, String taskId) {
    }

    static Valid validate(ContactRequest body, Instant now) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON body is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Channel channel = code("channel", body.channel, Channel.class, errors);
        Direction direction = code("direction", body.direction, Direction.class, errors);
        Purpose purpose = code("purpose", body.purpose, Purpose.class, errors);
        Instant at = null;
        if (body.occurredAt == null || body.occurredAt.isBlank()) {
            errors.add(new FieldError("occurredAt", "is required"));
        } else {
            try {
                at = OffsetDateTime.parse(body.occurredAt).toInstant();
                if (at.isAfter(now.plus(CLOCK_SKEW))) {
                    errors.add(new FieldError("occurredAt", "must not be in the future"));
                } else if (at.isBefore(now.minus(java.time.Duration.ofDays(MAX_DAYS_BACK)))) {
                    errors.add(new FieldError("occurredAt", "must be at most " + MAX_DAYS_BACK + " days back"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("occurredAt", "must be an RFC 3339 date-time, e.g. 2026-03-20T07:00:00Z"));
            }
        }
        if (body.notes != null && body.notes.length() > MAX_TEXT) {
            errors.add(new FieldError("notes", "at most " + MAX_TEXT + " characters"));
        }
        String campaignId = id("campaignId", body.campaignId, errors);
        String taskId = id("taskId", body.taskId, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return new Valid(channel, direction, purpose, at, body.notes == null || body.notes.isBlank() ? null
                : body.notes, campaignId, taskId);
    }

    private static <T extends Enum<T>> T code(String field, String value, Class<T> type, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String id(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_ID) {
            errors.add(new FieldError(field, "at most " + MAX_ID + " characters"));
        }
        return value;
    }
}
