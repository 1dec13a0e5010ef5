package dev.kehu.retention.contact;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.retention.config.CodeOf;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.client.ContactCodes.Direction;
import dev.kehu.retention.domain.client.ContactCodes.Purpose;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /clients/{clientId}/contacts} (docs/domain.md#service-plans); codes are read
 * as text so a wrong one is named. The constraints are checked at the REST edge; the time, which is
 * judged against the clock, by {@link #checked(Instant)}.
 */
@Schema(name = "ContactRequest", description = "A contact with the client, as the advisor records it")
public record ContactRequest(
        @Schema(required = true, enumeration = {"PHONE", "VISIT", "WECHAT", "SMS", "EMAIL", "SEMINAR"},
                example = "PHONE") @NotBlank @CodeOf(Channel.class) String channel,
        @Schema(required = true, enumeration = {"OUTBOUND", "INBOUND"}, example = "OUTBOUND")
        @NotBlank @CodeOf(Direction.class) String direction,
        @Schema(required = true, enumeration = {"SERVICE_REVIEW", "STRATEGY_REMINDER", "RETENTION", "REACTIVATION",
                "COMPLAINT_FOLLOW_UP", "OTHER"}, example = "SERVICE_REVIEW") @NotBlank @CodeOf(Purpose.class)
        String purpose,
        @Schema(required = true, format = "date-time", example = "2026-03-20T07:00:00Z",
                description = "not in the future, at most 365 days back") @NotBlank String occurredAt,
        @Schema(maxLength = MAX_TEXT, example = "quarterly review, client happy with the bond ladder")
        @Size(max = MAX_TEXT) String notes,
        @Schema(description = "the reactivation campaign this contact is for") @Size(max = MAX_ID) String campaignId,
        @Schema(description = "the CPR task this contact is for") @Size(max = MAX_ID) String taskId,
        @Schema(description = "the reminder this contact delivered: clears the client's reminder of that content "
                + "(docs/domain.md#reminders)", enumeration = {"MARKET_ALERT", "STRATEGY", "PORTFOLIO_REVIEW",
                "REASSESSMENT", "REACTIVATION", "NEW_PRODUCT", "EVENT_INVITATION"}, example = "MARKET_ALERT")
        @CodeOf(Content.class) String reminderContent) {

    static final int MAX_TEXT = 2000;
    static final int MAX_ID = 100;
    /** A device clock a little ahead is not a contact in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int MAX_DAYS_BACK = 365;

    /** The checked contact; blank notes and ids are none. */
    record Checked(Channel channel, Direction direction, Purpose purpose, Instant occurredAt, String notes,
                 String campaignId, String taskId, Content reminderContent) {
    }

    /** The contact as of {@code now}: not in the future, at most {@value #MAX_DAYS_BACK} days back. */
    Checked checked(Instant now) {
        Instant at;
        try {
            at = OffsetDateTime.parse(occurredAt).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("occurredAt", "must be an RFC 3339 date-time, e.g. 2026-03-20T07:00:00Z");
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.badRequest("occurredAt", "must not be in the future");
        }
        if (at.isBefore(now.minus(Duration.ofDays(MAX_DAYS_BACK)))) {
            throw ProblemException.badRequest("occurredAt", "must be at most " + MAX_DAYS_BACK + " days back");
        }
        return new Checked(Channel.valueOf(channel), Direction.valueOf(direction), Purpose.valueOf(purpose), at,
                orNull(notes), orNull(campaignId), orNull(taskId),
                orNull(reminderContent) == null ? null : Content.valueOf(reminderContent));
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
