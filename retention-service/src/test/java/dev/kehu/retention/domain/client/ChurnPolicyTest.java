package dev.kehu.retention.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.signal.SpecRules;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.TaskState;

class ChurnPolicyTest {

    static final ChurnRules RULES = SpecRules.spec();
    static final ChurnPolicy POLICY = new ChurnPolicy(RULES);
    static final Instant AT = Instant.parse("2026-03-20T07:00:00Z");

    static SignalRaised signal(SignalKind kind, Instant at) {
        return new SignalRaised("c1", kind + "@" + at, kind, at, RULES.weight(kind), "detail");
    }

    static ClientState with(ClientState s, ClientEvent... events) {
        for (ClientEvent e : events) {
            s = ClientState.evolve(s, e);
        }
        return s;
    }

    static SegmentObserved segment(ClientPriority priority) {
        return new SegmentObserved("c1", null, "LARGE_STABLE", Size.LARGE, Activity.STABLE, priority,
                new BigDecimal("6000000"), LocalDate.of(2026, 3, 1));
    }

    @ParameterizedTest(name = "{0} alone opens a task: {1}")
    @CsvSource({"TRANSFER_OUT_REQUESTED,true", "CLOSURE_REQUESTED,true", "ASSET_OUTFLOW,false", "COMPLAINT,false",
            "LARGE_WITHDRAWAL,false", "SEGMENT_DOWNGRADE,false", "SERVICE_SHORTFALL,false"})
    void givenNoTask_whenOneSignal_thenOnlyALeaveRequestAlerts(SignalKind kind, boolean alerts) {
        SignalRaised s = signal(kind, AT);
        ChurnPolicy.Decision d = POLICY.decide(s, with(ClientState.INITIAL, s), TaskState.INITIAL);
        assertEquals(alerts, d.alert() != null);
        assertEquals(alerts, d.taskCommand() instanceof TaskCommand.Open);
    }

    @Test
    void givenAssetOutflow_whenSegmentDowngrade_thenScoreSixtyFiveRaisesAnAlertWithBothSignals() {
        SignalRaised outflow = signal(SignalKind.ASSET_OUTFLOW, AT.minus(Duration.ofDays(2)));
        SignalRaised downgrade = signal(SignalKind.SEGMENT_DOWNGRADE, AT);
        ClientState state = with(ClientState.INITIAL, outflow, downgrade);
        ChurnPolicy.Decision d = POLICY.decide(downgrade, state, TaskState.INITIAL);
        assertNotNull(d.alert());
        assertEquals(65, d.alert().riskScore());
        assertEquals(RiskLevel.HIGH, d.alert().riskLevel());
        assertEquals(2, d.alert().signals().size());
        assertEquals(AT, d.alert().raisedAt());
        TaskCommand.Open open = assertInstanceOf(TaskCommand.Open.class, d.taskCommand());
        assertEquals(TaskPriority.P2, open.priority());
        assertEquals(AT.plus(Duration.ofDays(3)), open.dueAt());
        assertEquals(d.alert().taskId(), open.taskId());
    }

    @Test
    void givenSignalsOlderThanTheWindow_whenANewSmallSignal_thenNoAlert() {
        SignalRaised old = signal(SignalKind.ASSET_OUTFLOW, AT.minus(Duration.ofDays(30)));
        SignalRaised now = signal(SignalKind.SEGMENT_DOWNGRADE, AT);
        assertNull(POLICY.decide(now, with(ClientState.INITIAL, old, now), TaskState.INITIAL).alert());
    }

    @Test
    void givenKeyClient_whenTransferOut_thenTaskIsP1DueInOneDay() {
        SignalRaised s = signal(SignalKind.TRANSFER_OUT_REQUESTED, AT);
        ChurnPolicy.Decision d = POLICY.decide(s, with(ClientState.INITIAL, segment(ClientPriority.KEY), s),
                TaskState.INITIAL);
        TaskCommand.Open open = assertInstanceOf(TaskCommand.Open.class, d.taskCommand());
        assertEquals(TaskPriority.P1, open.priority());
        assertEquals(AT.plus(Duration.ofDays(1)), open.dueAt());
        assertEquals("LARGE_STABLE", open.clientSegment());
    }

    @Test
    void givenAnOpenTask_whenAnotherLeaveRequest_thenNoSecondTaskButTheSignalIsAttachedAndRaisesPriority() {
        SignalRaised transfer = signal(SignalKind.TRANSFER_OUT_REQUESTED, AT.minus(Duration.ofHours(20)));
        ClientState state = with(ClientState.INITIAL, transfer);
        ChurnPolicy.Decision opened = POLICY.decide(transfer, state, TaskState.INITIAL);
        TaskState task = TaskState.fold(TaskDecider.INSTANCE.decide(opened.taskCommand(), TaskState.INITIAL));
        assertEquals(TaskPriority.P2, task.priority());

        SignalRaised closure = signal(SignalKind.CLOSURE_REQUESTED, AT);
        ChurnPolicy.Decision d = POLICY.decide(closure, with(state, closure), task);
        assertNull(d.alert());
        assertEquals(task.opened().taskId(), d.taskId());
        SignalAttached attached = assertInstanceOf(SignalAttached.class,
                TaskDecider.INSTANCE.decide(d.taskCommand(), task).get(0));
        assertEquals(TaskPriority.P1, attached.priority());
        assertEquals(100, attached.riskScore());
        // brought forward to one day after the closure request, earlier than the P2 due time
        assertEquals(AT.plus(Duration.ofDays(1)), attached.dueAt());
    }

    @Test
    void givenAnOpenTask_whenASmallSignal_thenItIsAttachedWithoutChangingPriority() {
        SignalRaised transfer = signal(SignalKind.TRANSFER_OUT_REQUESTED, AT.minus(Duration.ofDays(1)));
        ClientState state = with(ClientState.INITIAL, segment(ClientPriority.KEY), transfer);
        TaskState task = TaskState.fold(TaskDecider.INSTANCE.decide(
                POLICY.decide(transfer, state, TaskState.INITIAL).taskCommand(), TaskState.INITIAL));
        SignalRaised complaint = signal(SignalKind.COMPLAINT, AT);
        ChurnPolicy.Decision d = POLICY.decide(complaint, with(state, complaint), task);
        SignalAttached attached = (SignalAttached) TaskDecider.INSTANCE.decide(d.taskCommand(), task).get(0);
        assertEquals(TaskPriority.P1, attached.priority());
        assertEquals(task.dueAt(), attached.dueAt());
        assertEquals(List.of(transfer.signal(), complaint.signal()),
                TaskState.evolve(task, attached).signals());
    }
}
