package dev.kehu.retention.domain.client;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.kehu.eventstore.StateDecider;

import dev.kehu.retention.domain.client.ClientCommand.AssignAdvisor;
import dev.kehu.retention.domain.client.ClientCommand.RecordAccountEvent;
import dev.kehu.retention.domain.client.ClientCommand.RecordAssessment;
import dev.kehu.retention.domain.client.ClientCommand.RecordNeeds;
import dev.kehu.retention.domain.client.ClientCommand.RecordBalance;
import dev.kehu.retention.domain.client.ClientCommand.RecordSegment;
import dev.kehu.retention.domain.client.ClientCommand.RecordSurvey;
import dev.kehu.retention.domain.client.ClientCommand.RecordContact;
import dev.kehu.retention.domain.client.ClientCommand.ScanNeglect;
import dev.kehu.retention.domain.client.ClientEvent.AdvisorAssigned;
import dev.kehu.retention.domain.client.ClientEvent.AssessmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.BalanceReported;
import dev.kehu.retention.domain.client.ClientEvent.ContactRecorded;
import dev.kehu.retention.domain.client.ClientEvent.NeedsObserved;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.plan.ContactSchedule;
import dev.kehu.retention.domain.plan.ServicePlan;
import dev.kehu.retention.domain.plan.ServicePlans;
import dev.kehu.retention.domain.signal.Amounts;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.SignalKind;

/**
 * The client decider: turns one feed message into the facts to remember and, when a rule of
 * docs/domain.md#churn-signals is met, one churn signal whose detail explains the numbers behind it.
 * Pure: the time of every signal is the event time of the message.
 */
public final class ClientDecider extends StateDecider<ClientState, ClientCommand, ClientEvent> {

    private final ChurnRules rules;
    private final ServicePlans plans;

    /** A decider for the feeds only: it cannot judge neglect, which needs the service plans. */
    public ClientDecider(ChurnRules rules) {
        this(rules, null);
    }

    public ClientDecider(ChurnRules rules, ServicePlans plans) {
        super(ClientState.INITIAL, ClientState::evolve);
        this.rules = rules;
        this.plans = plans;
    }

    /** The stream of one client. */
    public static String streamId(String clientId) {
        return "client-" + clientId;
    }

    @Override
    public List<ClientEvent> decide(ClientCommand command, ClientState state) {
        if (command instanceof ClientCommand.RecordAlert a) {
            return List.of(a.alert());
        }
        if (command instanceof RecordBalance b) {
            return balance(b, state);
        }
        if (command instanceof RecordSegment s) {
            return segment(s);
        }
        if (command instanceof RecordAccountEvent a) {
            return accountEvent(a, state);
        }
        if (command instanceof RecordSurvey s) {
            return survey(s);
        }
        if (command instanceof RecordContact c) {
            return List.of(new ContactRecorded(c.clientId(), c.contactId(), c.channel(), c.direction(), c.purpose(),
                    c.occurredAt(), c.notes(), c.campaignId(), c.taskId(), c.recordedBy(), c.recordedAt(),
                    c.reminderContent()));
        }
        if (command instanceof AssignAdvisor a) {
            // the same advisor again changes nothing (docs/domain.md#advisor-book)
            return a.advisorId().equals(state.advisorId()) ? List.of()
                    : List.of(new AdvisorAssigned(a.clientId(), a.advisorId(), state.advisorId(), a.assignedBy(),
                            a.assignedAt()));
        }
        if (command instanceof RecordNeeds n) {
            return List.of(new NeedsObserved(n.clientId(), List.copyOf(n.reminders()), n.channel(), n.personality(),
                    n.recordedAt()));
        }
        if (command instanceof RecordAssessment a) {
            return List.of(new AssessmentObserved(a.clientId(), a.assessmentId(), a.completedAt(), a.validUntil()));
        }
        if (command instanceof ScanNeglect n) {
            return neglect(n, state);
        }
        throw new IllegalArgumentException("unknown client command " + command.getClass().getName());
    }

    private List<ClientEvent> balance(RecordBalance b, ClientState state) {
        BalanceReported reported = new BalanceReported(b.clientId(), b.accountId(), b.asOf(), b.totalAssets());
        List<ClientEvent> events = new ArrayList<>(List.of(reported));
        ClientState after = ClientState.evolve(state, reported);
        Instant at = rules.balanceTime(b.asOf());
        boolean alreadyFlagged = state.signals().stream()
                .anyMatch(s -> s.kind() == SignalKind.ASSET_OUTFLOW && rules.inWindow(s.occurredAt(), at));
        if (alreadyFlagged) {
            // one outflow per window: a client staying low must not pile up a signal every trading day
            return events;
        }
        BigDecimal today = after.totalOn(b.asOf());
        LocalDate windowStart = b.asOf().minusDays(rules.window().toDays() - 1);
        Optional<LocalDate> highDay = after.reportDays().subSet(windowStart, true, b.asOf(), false).stream()
                .max(Comparator.comparing(after::totalOn).thenComparing(Comparator.reverseOrder()));
        if (highDay.isEmpty()) {
            return events;
        }
        BigDecimal high = after.totalOn(highDay.get());
        if (high.signum() <= 0) {
            return events;
        }
        BigDecimal fall = high.subtract(today).divide(high, MathContext.DECIMAL64);
        if (fall.compareTo(rules.outflowFraction()) >= 0) {
            String detail = "total assets fell " + Amounts.percent(fall) + " from " + Amounts.compact(high) + " on "
                    + Amounts.day(highDay.get()) + " to " + Amounts.compact(today) + " on " + Amounts.day(b.asOf());
            events.add(signal(b, SignalKind.ASSET_OUTFLOW, at, detail));
        }
        return events;
    }

    private List<ClientEvent> segment(RecordSegment s) {
        List<ClientEvent> events = new ArrayList<>(List.of(new SegmentObserved(s.clientId(), s.previousSegment(),
                s.segment(), s.size(), s.activity(), s.priority(), s.averageAssets(), s.asOf())));
        if (s.previousSegment() == null) {
            return events;
        }
        Size previousSize = Size.valueOf(s.previousSegment().substring(0, s.previousSegment().indexOf('_')));
        Activity previousActivity = Activity.valueOf(s.previousSegment().substring(s.previousSegment().indexOf('_') + 1));
        boolean smaller = s.size().isSmallerThan(previousSize);
        boolean fellStatic = s.activity() == Activity.STATIC && previousActivity != Activity.STATIC;
        if (smaller || fellStatic) {
            String detail = "segment fell from " + s.previousSegment() + " to " + s.segment() + " on "
                    + Amounts.day(s.asOf()) + " (average assets " + Amounts.compact(s.averageAssets()) + ", turnover "
                    + s.turnover().stripTrailingZeros().toPlainString() + ")";
            events.add(signal(s, SignalKind.SEGMENT_DOWNGRADE, rules.balanceTime(s.asOf()), detail));
        }
        return events;
    }

    private List<ClientEvent> accountEvent(RecordAccountEvent a, ClientState state) {
        String note = a.note() == null || a.note().isBlank() ? "" : ": " + a.note();
        if (a.kind() == AccountEventKind.TRANSFER_OUT_REQUESTED) {
            return List.of(signal(a, SignalKind.TRANSFER_OUT_REQUESTED, a.occurredAt(),
                    "transfer-out requested" + note));
        }
        if (a.kind() == AccountEventKind.CLOSURE_REQUESTED) {
            return List.of(signal(a, SignalKind.CLOSURE_REQUESTED, a.occurredAt(), "account closure requested" + note));
        }
        if (a.kind() == AccountEventKind.COMPLAINT_FILED) {
            return List.of(signal(a, SignalKind.COMPLAINT, a.occurredAt(), "complaint filed" + note));
        }
        if (a.kind() == AccountEventKind.WITHDRAWAL) {
            return withdrawal(a, state);
        }
        if (a.kind().isOutcome()) {
            return List.of(new ClientEvent.ChurnOutcomeObserved(a.clientId(), a.eventId(), a.kind(), a.occurredAt(),
                    a.note()));
        }
        if (a.kind() == AccountEventKind.ADVISOR_ASSIGNED) {
            throw new IllegalArgumentException("an advisor assignment is an AssignAdvisor command, not an account event");
        }
        throw new IllegalArgumentException("unknown account event kind " + a.kind());
    }

    private List<ClientEvent> withdrawal(RecordAccountEvent a, ClientState state) {
        LocalDate day = rules.tradingDay(a.occurredAt());
        Optional<LocalDate> lastDay = state.lastReportDay(day);
        if (lastDay.isEmpty()) {
            return List.of();
        }
        BigDecimal total = state.totalOn(lastDay.get());
        if (total.signum() <= 0) {
            return List.of();
        }
        BigDecimal share = a.amount().divide(total, MathContext.DECIMAL64);
        if (share.compareTo(rules.withdrawalFraction()) < 0) {
            return List.of();
        }
        String detail = "withdrew " + Amounts.compact(a.amount()) + ", " + Amounts.percent(share)
                + " of the total assets of " + Amounts.compact(total) + " reported on " + Amounts.day(lastDay.get());
        return List.of(signal(a, SignalKind.LARGE_WITHDRAWAL, a.occurredAt(), detail));
    }

    private List<ClientEvent> survey(RecordSurvey s) {
        if (s.overallGap().compareTo(rules.shortfallGap()) > 0) {
            return List.of();
        }
        Optional<Map.Entry<String, BigDecimal>> weakest = s.dimensionGaps().entrySet().stream()
                .min(Map.Entry.<String, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        String detail = "service survey " + s.surveyId() + " overall gap " + s.overallGap().toPlainString()
                + weakest.map(w -> ", weakest " + w.getKey() + " " + w.getValue().toPlainString()).orElse("");
        return List.of(signal(s, SignalKind.SERVICE_SHORTFALL, s.completedAt(), detail));
    }

    /**
     * NEGLECT (docs/domain.md#service-plans): a classified client without contact for more than twice its
     * tier's interval, once per neglect period (the period a later contact ends), and never after the client
     * left. The signal's id is derived from the client and the day the period began, so whichever scan
     * sees it first raises the same signal.
     */
    private List<ClientEvent> neglect(ScanNeglect n, ClientState state) {
        if (plans == null) {
            throw new IllegalStateException("this decider has no service plans to judge neglect by");
        }
        if (state.segment() == null || state.neglectRaised() || state.leftAt() != null) {
            return List.of(); // not classified, flagged already, or no longer a client to serve
        }
        ServicePlan plan = plans.forPriority(state.segment().priority().name()).orElseThrow();
        LocalDate lastContactOn = state.lastContactAt() == null ? null
                : rules.tradingDay(state.lastContactAt());
        ContactSchedule schedule = new ContactSchedule(plan.contactEveryDays(), lastContactOn,
                state.firstClassifiedOn());
        LocalDate today = rules.tradingDay(n.now());
        if (!schedule.neglected(today)) {
            return List.of();
        }
        String id = UUID.nameUUIDFromBytes((n.clientId() + ":" + SignalKind.NEGLECT + ":" + schedule.since())
                .getBytes(StandardCharsets.UTF_8)).toString();
        String detail = "no contact for " + schedule.daysWithoutContact(today) + " days since "
                + (lastContactOn == null || schedule.since().equals(state.firstClassifiedOn())
                        ? "classification on " + schedule.since() : "the last contact on " + schedule.since())
                + " (" + plan.tier() + ": every " + plan.contactEveryDays() + " days)";
        return List.of(new SignalRaised(n.clientId(), id, SignalKind.NEGLECT, n.now(), rules.weight(SignalKind.NEGLECT),
                detail));
    }

    private SignalRaised signal(ClientCommand cause, SignalKind kind, Instant at, String detail) {
        // derived from the message, so a replay of the same feed raises the same signal ids
        String id = UUID.nameUUIDFromBytes((cause.messageId() + ":" + kind).getBytes(StandardCharsets.UTF_8)).toString();
        return new SignalRaised(cause.clientId(), id, kind, at, rules.weight(kind), detail);
    }
}
