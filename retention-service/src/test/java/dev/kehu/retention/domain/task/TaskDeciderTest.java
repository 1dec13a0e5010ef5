package dev.kehu.retention.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.task.Codes.Answer;
import dev.kehu.retention.domain.task.Codes.LscpaStep;
import dev.kehu.retention.domain.task.Codes.Outcome;
import dev.kehu.retention.domain.task.Codes.ReasonCategory;
import dev.kehu.retention.domain.task.Codes.Step;
import dev.kehu.retention.domain.task.TaskEvent.ClientValue;
import dev.kehu.retention.domain.task.TaskEvent.PlanStep;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.TaskAssigned;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.testsupport.decider.DeciderScenario;

/** given(events).when(command).then(events or a refused step), for every stage and step. */
class TaskDeciderTest {

    static final TaskDecider DECIDER = TaskDecider.INSTANCE;
    static final DeciderScenario<TaskState, TaskCommand, TaskEvent> TASK_STREAM =
            DeciderScenario.of(DECIDER::initialState, DECIDER::evolve, DECIDER::decide);
    static final Instant OPENED = Instant.parse("2026-03-20T07:00:00Z");
    static final Instant DUE = OPENED.plus(Duration.ofDays(3));
    static final Instant NOW = OPENED.plus(Duration.ofHours(2));
    static final Signal TRANSFER = new Signal("s1", SignalKind.TRANSFER_OUT_REQUESTED, OPENED, 60, "transfer-out");
    static final Signal COMPLAINT = new Signal("s2", SignalKind.COMPLAINT, NOW, 20, "complaint");

    static TaskCommand command(Step step) {
        return switch (step) {
            case COMPREHEND -> new TaskCommand.Comprehend(ReasonCategory.NEGLECT,
                    new ClientValue("LARGE_STABLE", "IMPORTANT", null, null, null), "transfer-out request",
                    "no call for 6 months", "advisor left", null, "adv-1", NOW);
            case PROPOSE -> new TaskCommand.Propose(List.of(new PlanStep(1, "apologise, assign a senior advisor")),
                    "adv-1", NOW);
            case RESPOND -> new TaskCommand.Respond(Answer.PARTIALLY_AGREED, "stays for now", "adv-1", NOW);
            case CLOSE -> new TaskCommand.Close(Outcome.PARTIALLY_RETAINED, null, "adv-1", NOW);
            case LSCPA -> new TaskCommand.TickLscpa(LscpaStep.LISTEN, null, "adv-1", NOW);
            case ASSIGN -> new TaskCommand.Assign("adv-2", "mgr-1", NOW);
        };
    }

    static TaskOpened opened() {
        return new TaskOpened("t1", "c1", "a1", TaskPriority.P2, DUE, OPENED, 60, RiskLevel.HIGH, "LARGE_STABLE",
                "IMPORTANT", List.of(TRANSFER));
    }

    /** The events that bring a task to the stage, by the legal path, each step decided by the decider. */
    static TaskEvent[] history(Stage stage) {
        List<TaskEvent> events = new ArrayList<>(List.of(opened()));
        List<Step> path = List.of(Step.COMPREHEND, Step.PROPOSE, Step.RESPOND, Step.CLOSE);
        for (int i = 0; i < stage.ordinal(); i++) {
            events.addAll(TASK_STREAM.given(events.toArray(TaskEvent[]::new)).when(command(path.get(i))).events());
        }
        return events.toArray(TaskEvent[]::new);
    }

    /** A task's stream at the stage. */
    static DeciderScenario<TaskState, TaskCommand, TaskEvent> at(Stage stage) {
        return TASK_STREAM.given(history(stage));
    }

    static TaskState stateAt(Stage stage) {
        TaskState state = TaskState.fold(List.of(history(stage)));
        assertEquals(stage, state.stage(), "the legal path leads to the stage");
        return state;
    }

    @ParameterizedTest(name = "at {0}, {1} is allowed: {2}, leaving the task at {3}")
    @CsvSource({
            "OPENED,COMPREHEND,true,COMPREHEND", "OPENED,PROPOSE,false,", "OPENED,RESPOND,false,",
            "OPENED,CLOSE,false,", "OPENED,LSCPA,true,OPENED", "OPENED,ASSIGN,true,OPENED",
            "COMPREHEND,COMPREHEND,false,", "COMPREHEND,PROPOSE,true,PROPOSE", "COMPREHEND,RESPOND,false,",
            "COMPREHEND,CLOSE,false,", "COMPREHEND,LSCPA,true,COMPREHEND", "COMPREHEND,ASSIGN,true,COMPREHEND",
            "PROPOSE,COMPREHEND,false,", "PROPOSE,PROPOSE,false,", "PROPOSE,RESPOND,true,RESPOND",
            "PROPOSE,CLOSE,false,", "PROPOSE,LSCPA,true,PROPOSE", "PROPOSE,ASSIGN,true,PROPOSE",
            "RESPOND,COMPREHEND,false,", "RESPOND,PROPOSE,true,PROPOSE", "RESPOND,RESPOND,false,",
            "RESPOND,CLOSE,true,CLOSED", "RESPOND,LSCPA,true,RESPOND", "RESPOND,ASSIGN,true,RESPOND",
            "CLOSED,COMPREHEND,false,", "CLOSED,PROPOSE,false,", "CLOSED,RESPOND,false,",
            "CLOSED,CLOSE,false,", "CLOSED,LSCPA,false,", "CLOSED,ASSIGN,false,"})
    void everyStepAtEveryStage(Stage stage, Step step, boolean allowed, Stage after) {
        List<Step> allowedNext = TaskDecider.allowedNextSteps(stateAt(stage));
        var then = at(stage).when(command(step));
        if (allowed) {
            assertEquals(1, then.events().size());
            then.thenState(s -> assertEquals(after, s.stage()));
            assertTrue(allowedNext.contains(step), "offered as a next step: " + allowedNext);
        } else {
            IllegalStepException e = then.thenRefused(IllegalStepException.class);
            assertEquals(step, e.step());
            assertEquals(stage, e.stage());
            assertEquals(allowedNext, e.allowed());
            assertFalse(e.allowed().contains(step));
        }
    }

    @Test
    void givenRespondedTask_whenClosed_thenOutcomeAndTimeAreRecorded() {
        TaskClosed closed = at(Stage.RESPOND).when(command(Step.CLOSE))
                .then(new TaskClosed("t1", Outcome.PARTIALLY_RETAINED, null, NOW, "adv-1"))
                .thenFirst(TaskClosed.class);
        assertEquals(Outcome.PARTIALLY_RETAINED, closed.outcome());
        assertEquals(NOW, closed.closedAt());
        assertEquals("adv-1", closed.by());
    }

    @Test
    void givenClosedTask_thenNoStepIsAllowed() {
        assertEquals(List.of(), TaskDecider.allowedNextSteps(stateAt(Stage.CLOSED)));
    }

    @Test
    void givenOpenTask_whenOpenedAgain_thenRefused() {
        IllegalStateException refused = at(Stage.OPENED).when(new TaskCommand.Open("t1", "c1", "a1", TaskPriority.P3,
                DUE, 0, RiskLevel.LOW, null, null, List.of(), NOW)).thenRefused(IllegalStateException.class);
        assertEquals("task t1 is already open", refused.getMessage());
    }

    @Test
    void givenOverdueTask_whenEscalated_thenOnceOnly() {
        Instant late = DUE.plusSeconds(1);
        TaskEscalated escalated = at(Stage.PROPOSE).when(new TaskCommand.Escalate(late))
                .then(new TaskEscalated("t1", DUE, late))
                .thenFirst(TaskEscalated.class);
        assertEquals(DUE, escalated.dueAt());
        at(Stage.PROPOSE).given(escalated)
                .when(new TaskCommand.Escalate(late.plusSeconds(60)))
                .thenNothing();
    }

    @Test
    void givenTaskNotYetDue_whenEscalationScan_thenNothing() {
        at(Stage.OPENED).when(new TaskCommand.Escalate(DUE)).thenNothing();
    }

    @Test
    void givenClosedOverdueTask_whenEscalationScan_thenNothing() {
        at(Stage.CLOSED).when(new TaskCommand.Escalate(DUE.plusSeconds(1))).thenNothing();
    }

    @Test
    void givenClosedTask_whenSignalAttached_thenRefused() {
        IllegalStepException refused = at(Stage.CLOSED).when(new TaskCommand.AttachSignal(COMPLAINT, 80,
                RiskLevel.CRITICAL, TaskPriority.P1, NOW.plus(Duration.ofDays(1)), NOW))
                .thenRefused(IllegalStepException.class);
        assertEquals(Stage.CLOSED, refused.stage());
    }

    @Test
    void givenP2Task_whenSignalOfLowerPriority_thenPriorityAndDueStay() {
        SignalAttached attached = at(Stage.OPENED).when(new TaskCommand.AttachSignal(COMPLAINT, 80,
                RiskLevel.CRITICAL, TaskPriority.P3, NOW.plus(Duration.ofDays(7)), NOW))
                .thenState(s -> {
                    assertEquals(TaskPriority.P2, s.priority());
                    assertEquals(DUE, s.dueAt());
                })
                .thenFirst(SignalAttached.class);
        assertEquals(TaskPriority.P2, attached.priority());
        assertEquals(DUE, attached.dueAt());
    }

    @Test
    void givenUnassignedTask_whenClaimed_thenTheClaimantHasIt_andAClaimOnAnotherAdvisorsTaskIsRefused() {
        TaskAssigned claimed = at(Stage.OPENED).when(new TaskCommand.Claim("adv-3", NOW))
                .then(new TaskAssigned("t1", "adv-3", NOW, "adv-3"))
                .thenFirst(TaskAssigned.class);
        assertEquals("adv-3", claimed.advisorId());
        var mine = at(Stage.OPENED).given(claimed);
        mine.when(new TaskCommand.Claim("adv-3", NOW)).thenNothing(); // claimed twice
        TaskTakenException taken = mine.when(new TaskCommand.Claim("adv-4", NOW)).thenRefused(TaskTakenException.class);
        assertEquals("adv-3", taken.assignee());
        at(Stage.CLOSED).when(new TaskCommand.Claim("adv-3", NOW)).thenRefused(IllegalStepException.class);
    }
}
