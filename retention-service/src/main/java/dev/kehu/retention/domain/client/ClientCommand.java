package dev.kehu.retention.domain.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the consumed feeds tell about a client; {@code messageId} is the CloudEvents id that carried it. */
public sealed interface ClientCommand {

    String clientId();

    String messageId();

    record RecordBalance(String clientId, String accountId, LocalDate asOf, BigDecimal totalAssets,
                         String messageId) implements ClientCommand {
    }

    record RecordSegment(String clientId, String previousSegment, String segment, Size size, Activity activity,
                         ClientPriority priority, BigDecimal averageAssets, BigDecimal turnover, LocalDate asOf,
                         String messageId) implements ClientCommand {
    }

    record RecordAccountEvent(String clientId, String eventId, Instant occurredAt, AccountEventKind kind,
                              BigDecimal amount, String note, String messageId) implements ClientCommand {
    }

    record RecordSurvey(String clientId, String surveyId, Instant completedAt, Map<String, BigDecimal> dimensionGaps,
                        BigDecimal overallGap, String messageId) implements ClientCommand {
    }

    /** The churn policy raised an alert on the signal a message caused (see {@link ChurnPolicy}). */
    record RecordAlert(ClientEvent.ChurnAlertRaised alert, String messageId) implements ClientCommand {
        @Override
        public String clientId() {
            return alert.clientId();
        }
    }

    /** An advisor records a contact; the contact id is the command's id. */
    record RecordContact(String clientId, String contactId, ContactCodes.Channel channel,
                         ContactCodes.Direction direction, ContactCodes.Purpose purpose, Instant occurredAt,
                         String notes, String campaignId, String taskId, String recordedBy, Instant recordedAt,
                         ContactCodes.Content reminderContent)
            implements ClientCommand {
        @Override
        public String messageId() {
            return contactId;
        }
    }

    /**
     * The client's responsible advisor (docs/domain.md#advisor-book), set by a manager ({@code messageId} the
     * request's own id) or by the back office's ADVISOR_ASSIGNED account event.
     */
    record AssignAdvisor(String clientId, String advisorId, String assignedBy, Instant assignedAt, String messageId)
            implements ClientCommand {
    }

    /** Profiling recorded what the client needs: its reminder preferences, channel and personality. */
    record RecordNeeds(String clientId, List<ClientEvent.ReminderPreference> reminders, ContactCodes.Channel channel,
                       String personality, Instant recordedAt, String messageId) implements ClientCommand {
    }

    /** Profiling scored a risk assessment; {@code validUntil} is null on events published before it existed. */
    record RecordAssessment(String clientId, String assessmentId, Instant completedAt, Instant validUntil,
                            String messageId) implements ClientCommand {
    }

    /**
     * The neglect scan looks at the client at {@code now} (docs/domain.md#service-plans); {@code scanId}
     * names the round.
     */
    record ScanNeglect(String clientId, Instant now, String scanId) implements ClientCommand {
        @Override
        public String messageId() {
            return scanId;
        }
    }
}
