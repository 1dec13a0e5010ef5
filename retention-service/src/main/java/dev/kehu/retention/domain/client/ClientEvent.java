package dev.kehu.retention.domain.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.kehu.eventstore.EventType;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Direction;
import dev.kehu.retention.domain.client.ContactCodes.Purpose;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;

/** The life of one client's churn risk, on stream {@code client-<clientId>}. */
public sealed interface ClientEvent {

    String clientId();

    /** One account's end-of-day total, kept to compare later days against the trailing high. */
    @EventType("retention.client.balance-reported.v1")
    record BalanceReported(String clientId, String accountId, LocalDate asOf, BigDecimal totalAssets)
            implements ClientEvent {
    }

    /** The segment the segmentation service last published: the client's value to the branch. */
    @EventType("retention.client.segment-observed.v1")
    record SegmentObserved(String clientId, String previousSegment, String segment, Size size, Activity activity,
                           ClientPriority priority, BigDecimal averageAssets, LocalDate asOf) implements ClientEvent {
    }

    @EventType("retention.client.signal-raised.v1")
    record SignalRaised(String clientId, String signalId, SignalKind kind, Instant occurredAt, int weight,
                        String detail) implements ClientEvent {

        public Signal signal() {
            return new Signal(signalId, kind, occurredAt, weight, detail);
        }
    }

    /** The risk crossed the alert line (or the client asked to leave) and a CPR task was opened. */
    @EventType("retention.client.churn-alert-raised.v1")
    record ChurnAlertRaised(String alertId, String clientId, int riskScore, RiskLevel riskLevel, List<Signal> signals,
                            String taskId, Instant raisedAt) implements ClientEvent {
    }

    /**
     * An advisor talked to the client (docs/domain.md#service-plans): who recorded it, when, and for which
     * campaign or task.
     */
    @EventType("retention.client.contact-recorded.v1")
    record ContactRecorded(String clientId, String contactId, Channel channel, Direction direction, Purpose purpose,
                           Instant occurredAt, String notes, String campaignId, String taskId, String recordedBy,
                           Instant recordedAt, ContactCodes.Content reminderContent) implements ClientEvent {
        // reminderContent is absent (null) on contacts recorded before reminders existed
    }

    /**
     * The back office reported that the client has left: a transfer-out completed or the account closed
     * (docs/domain.md#learned-weights). What the learned weights count as churned; raises no signal.
     */
    @EventType("retention.client.churn-outcome-observed.v1")
    record ChurnOutcomeObserved(String clientId, String eventId, AccountEventKind kind, Instant occurredAt,
                                String note) implements ClientEvent {
    }

    /** The client's responsible advisor changed (docs/domain.md#advisor-book); previous null the first time. */
    @EventType("retention.client.advisor-assigned.v1")
    record AdvisorAssigned(String clientId, String advisorId, String previousAdvisorId, String assignedBy,
                           Instant assignedAt) implements ClientEvent {
    }

    /** One reminder the client wants: what, by which channel, how often (docs/domain.md#reminders). */
    record ReminderPreference(ContactCodes.Content content, Channel channel, ContactCodes.Frequency frequency) {
    }

    /**
     * What profiling recorded of the client's needs, as far as retention acts on it: the reminder preferences
     * (replacing earlier ones), the consultation channel and the personality code (docs/domain.md#reminders).
     */
    @EventType("retention.client.needs-observed.v1")
    record NeedsObserved(String clientId, List<ReminderPreference> reminders, Channel channel, String personality,
                         Instant recordedAt) implements ClientEvent {
    }

    /** A risk assessment was scored; validUntil null on events published before it existed. */
    @EventType("retention.client.assessment-observed.v1")
    record AssessmentObserved(String clientId, String assessmentId, Instant completedAt, Instant validUntil)
            implements ClientEvent {
    }
}
