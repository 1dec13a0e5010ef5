package dev.kehu.retention.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import dev.kehu.retention.domain.signal.TaskPriority;

/** given(events).when(command).then(events or a refused step), for every stage and step. */
class TaskDeciderTest {

    static final Instant OPENED = Instant.parse("2026-03-20T07:00:00Z");
    static final Instant DUE = OPENED.plus(Duration.ofDays(3));
    static final Instant NOW = OPENED.plus(Duration.ofHours(2));
    static final Signal TRANSFER = new Signal("s1", SignalKind.TRANSFER_OUT_REQUESTED, OPENED, 60, "transfer-out");

    static TaskCommand command(Step step) {
        if (step == Step.COMPREHEND) {
            return new TaskCommand.Comprehend(ReasonCategory.NEGLECT, new ClientValue("LARGE_STABLE", "IMPORTANT", null, null, null),
                    "transfer-out request", "no call for 6 months", "advisor left", null, "adv-1", NOW);
        }
        if (step == Step.PROPOSE) {
            return new TaskCommand.Propose(List.of(new PlanStep(1, "apologise, assign a senior advisor")), "adv-1", NOW);
        }
        if (step == Step.RESPOND) {
            return new TaskCommand.Respond(Answer.PARTIALLY_AGREED, "stays for now", "adv-1", NOW);
        }
        if (step == Step.CLOSE) {
            return new TaskCommand.Close(Outcome.PARTIALLY_RETAINED, null, "adv-1", NOW);
        }
        if (step == Step.LSCPA) {
            return new TaskCommand.TickLscpa(LscpaStep.LISTEN, null, "adv-1", NOW);
        }
        return new TaskCommand.Assign("adv-2", "mgr-1", NOW);
    }

    static TaskOpened opened() {
        return new TaskOpened("t1", "c1", "a1", TaskPriority.P2, DUE, OPENED, 60, RiskLevel.HIGH, "LARGE_STABLE",
                "IMPORTANT", List.of(TRANSFER));
    }

    /** The events that bring a task to the stage, by the legal path. */
    static List<TaskEvent> given(Stage stage) {
        List<TaskEvent> events = new ArrayList<>(List.of(opened()));
        List<Step> path = List.of(Step.COMPREHEND, Step.PROPOSE, Step.RESPOND, Step.CLOSE);
        for (int i = 0; i < stage.ordinal(); i++) {
            events.addAll(TaskDecider.INSTANCE.decide(command(path.get(i)), TaskState.fold(events)));
        }
        return events;
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
        TaskState given = TaskState.fold(given(stage));
        if (allowed) {
            List<TaskEvent> then = TaskDecider.INSTANCE.decide(command(step), given);
            assertEquals(1, then.size());
            assertEquals(after, TaskState.evolve(given, then.get(0)).stage());
        } else {
            IllegalStepException e = assertThrows(IllegalStepException.class,
                    () -> TaskDecider.INSTANCE.decide(command(step), given));
            assertEquals(step, e.step());
            assertEquals(stage, e.stage());
            assertEquals(TaskDecider.allowedNextSteps(given), e.allowed());
            assertTrue(!e.allowed().contains(step));
        }
    }

    @Test
    void givenRespondedTask_whenClosed_thenOutcomeAndTimeAreRecorded() {
        List<TaskEvent> then = TaskDecider.INSTANCE.decide(command(Step.CLOSE), TaskState.fold(given(Stage.RESPOND)));
        TaskClosed closed = assertInstanceOf(TaskClosed.class, then.get(0));
        assertEquals(Outcome.PARTIALLY_RETAINED, closed.outcome());
        assertEquals(NOW, closed.closedAt());
        assertEquals("adv-1", closed.by());
    }

    @Test
    void givenClosedTask_thenNoStepIsAllowed() {
        assertEquals(List.of(), TaskDecider.allowedNextSteps(TaskState.fold(given(Stage.CLOSED))));
    }

    @Test
    void givenOpenTask_whenOpenedAgain_thenRefused() {
        assertThrows(IllegalStateException.class, () -> TaskDecider.INSTANCE.decide(new TaskCommand.Open("t1", "c1", "a1",
                TaskPriority.P3, DUE, 0, RiskLevel.LOW, null, null, List.of(), NOW), TaskState.fold(given(Stage.OPENED))));
    }

    @Test
    void givenOverdueTask_whenEscalated_thenOnceOnly() {
        TaskState given = TaskState.fold(given(Stage.PROPOSE));
        Instant late = DUE.plusSeconds(1);
        List<TaskEvent> first = TaskDecider.INSTANCE.decide(new TaskCommand.Escalate(late), given);
        TaskEscalated escalated = assertInstanceOf(TaskEscalated.class, first.get(0));
        assertEquals(DUE, escalated.dueAt());
        TaskState after = TaskState.evolve(given, escalated);
        assertEquals(List.of(), TaskDecider.INSTANCE.decide(new TaskCommand.Escalate(late.plusSeconds(60)), after));
    }

    @Test
    void givenTaskNotYetDue_whenEscalationScan_thenNothing() {
        assertEquals(List.of(), TaskDecider.INSTANCE.decide(new TaskCommand.Escalate(DUE), TaskState.fold(given(Stage.OPENED))));
    }

    @Test
    void givenClosedOverdueTask_whenEscalationScan_thenNothing() {
        assertEquals(List.of(), TaskDecider.INSTANCE.decide(new TaskCommand.Escalate(DUE.plusSeconds(1)),
                TaskState.fold(given(Stage.CLOSED))));
    }

    @Test
    void givenClosedTask_whenSignalAttached_thenRefused() {
        Signal complaint = new Signal("s2", SignalKind.COMPLAINT, NOW, 20, "complaint");
        assertThrows(IllegalStepException.class, () -> TaskDecider.INSTANCE.decide(new TaskCommand.AttachSignal(complaint, 80,
                RiskLevel.CRITICAL, TaskPriority.P1, NOW.plus(Duration.ofDays(1)), NOW),
                TaskState.fold(given(Stage.CLOSED))));
    }

    @Test
    void givenP2Task_whenSignalOfLowerPriority_thenPriorityAndDueStay() {
        Signal complaint = new Signal("s2", SignalKind.COMPLAINT, NOW, 20, "complaint");
        TaskState given = TaskState.fold(given(Stage.OPENED));
        TaskEvent.SignalAttached attached = (TaskEvent.SignalAttached) TaskDecider.INSTANCE.decide(new TaskCommand.AttachSignal(
                complaint, 80, RiskLevel.CRITICAL, TaskPriority.P3, NOW.plus(Duration.ofDays(7)), NOW), given).get(0);
        assertEquals(TaskPriority.P2, attached.priority());
        assertEquals(DUE, attached.dueAt());
    }

    @Test
    void givenUnassignedTask_whenClaimed_thenTheClaimantHasIt_andAClaimOnAnotherAdvisorsTaskIsRefused() {
        TaskState open = TaskState.fold(given(Stage.OPENED));
        TaskEvent.TaskAssigned claimed = assertInstanceOf(TaskEvent.TaskAssigned.class,
                TaskDecider.INSTANCE.decide(new TaskCommand.Claim("adv-3", NOW), open).get(0));
        assertEquals("adv-3", claimed.advisorId());
        TaskState mine = TaskState.evolve(open, claimed);
        assertEquals(List.of(), TaskDecider.INSTANCE.decide(new TaskCommand.Claim("adv-3", NOW), mine), "claimed twice");
        TaskTakenException taken = assertThrows(TaskTakenException.class,
                () -> TaskDecider.INSTANCE.decide(new TaskCommand.Claim("adv-4", NOW), mine));
        assertEquals("adv-3", taken.assignee());
        assertThrows(IllegalStepException.class, () -> TaskDecider.INSTANCE.decide(new TaskCommand.Claim("adv-3", NOW),
                TaskState.fold(given(Stage.CLOSED))));
    }
}
