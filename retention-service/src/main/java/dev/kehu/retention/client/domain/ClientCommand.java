package dev.kehu.retention.client.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
}
