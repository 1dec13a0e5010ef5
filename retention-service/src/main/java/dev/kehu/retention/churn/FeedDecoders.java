package dev.kehu.retention.churn;

import java.math.BigDecimal;
import java.time.Instant;

import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;
import dev.kehu.eventstore.contract.BalanceReported;
import dev.kehu.eventstore.contract.SegmentChanged;
import dev.kehu.eventstore.contract.ServiceSurveyCompleted;
import dev.kehu.retention.domain.client.AccountEventKind;
import dev.kehu.retention.domain.client.Activity;
import dev.kehu.retention.domain.client.AdvisorId;
import dev.kehu.retention.domain.client.ClientCommand;
import dev.kehu.retention.domain.client.ClientPriority;
import dev.kehu.retention.domain.client.Size;

/**
 * Validates the four consumed feeds (docs/contract.md#topics-and-events) with the shared contracts
 * ({@code eventstore.contract}) and maps their codes to this service's types; whatever is wrong goes,
 * listed, to the dead-letter topic.
 */
public final class FeedDecoders {

    /** The back office's account events: consumed only here, so their format lives here. */
    public static final String ACCOUNT_TYPE = "backoffice.account.event.v1";
    /** Who an assignment from the account feed was made by. */
    public static final String BACK_OFFICE = "back-office";

    private FeedDecoders() {
    }

    public static ClientCommand segment(IncomingCloudEvent e) throws InvalidMessageException {
        SegmentChanged s = SegmentChanged.decode(e);
        return new ClientCommand.RecordSegment(s.clientId(), s.previousSegment(), s.segment(), Size.valueOf(s.size()),
                Activity.valueOf(s.activity()), ClientPriority.valueOf(s.priority()), s.averageAssets(), s.turnover(),
                s.asOf(), e.id());
    }

    public static ClientCommand balance(IncomingCloudEvent e) throws InvalidMessageException {
        BalanceReported b = BalanceReported.decode(e);
        return new ClientCommand.RecordBalance(b.clientId(), b.accountId(), b.asOf(), b.totalAssets(), b.messageId());
    }

    public static ClientCommand accountEvent(IncomingCloudEvent e) throws InvalidMessageException {
        return e.decode(ACCOUNT_TYPE, ClientCommand::clientId, r -> {
            String eventId = r.text("eventId");
            String clientId = r.text("clientId");
            Instant occurredAt = r.instant("occurredAt");
            AccountEventKind kind = r.code("kind", AccountEventKind.class);
            // only a withdrawal has an amount; on the other kinds it means nothing and is not read
            BigDecimal amount = kind == AccountEventKind.WITHDRAWAL ? r.positive("amount") : null;
            // only an assignment names an advisor (docs/domain.md#advisor-book); without one it is dead-lettered
            String advisorId = kind == AccountEventKind.ADVISOR_ASSIGNED ? r.text("advisorId") : null;
            String note = r.optionalText("note");
            if (advisorId != null && !AdvisorId.isValid(advisorId)) {
                r.reject("advisorId " + AdvisorId.RULE);
            }
            if (kind == AccountEventKind.ADVISOR_ASSIGNED) {
                return new ClientCommand.AssignAdvisor(clientId, advisorId, BACK_OFFICE, occurredAt, e.id());
            }
            return new ClientCommand.RecordAccountEvent(clientId, eventId, occurredAt, kind, amount, note, e.id());
        });
    }

    public static ClientCommand survey(IncomingCloudEvent e) throws InvalidMessageException {
        ServiceSurveyCompleted s = ServiceSurveyCompleted.decode(e);
        return new ClientCommand.RecordSurvey(s.clientId(), s.surveyId().toString(), s.completedAt(),
                s.dimensionGaps(), s.overallGap(), e.id());
    }
}
