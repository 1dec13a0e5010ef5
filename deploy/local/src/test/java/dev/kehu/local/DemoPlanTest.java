package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Who the demo checks, acknowledges and contacts: fixed by the client id, the same on every run. */
class DemoPlanTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private final List<Demo.Client> branch = Demo.branch();

    @Test
    void theSameBranchGetsTheSamePlanOnEveryRun() {
        for (Demo.Client c : branch) {
            assertEquals(Demo.productsToCheck(c.id()), Demo.productsToCheck(c.id()));
            assertEquals(Demo.contactPlan(c, LAST_DAY), Demo.contactPlan(c, LAST_DAY));
        }
        assertEquals(branch, Demo.branch());
    }

    @Test
    void aboutSeventyPercentAreAssessedAndOnlyThoseAreChecked() {
        long assessed = branch.stream().filter(c -> Demo.assessed(c.id())).count();
        assertTrue(assessed > 180 && assessed < 240, "assessed " + assessed);
        long checked = branch.stream().filter(c -> !Demo.productsToCheck(c.id()).isEmpty()).count();
        assertTrue(checked > 60 && checked < assessed, "checked " + checked);
        Set<String> codes = Arrays.stream(Demo.PRODUCTS).map(p -> p[0]).collect(Collectors.toSet());
        for (Demo.Client c : branch) {
            List<String> wanted = Demo.productsToCheck(c.id());
            if (!Demo.assessed(c.id())) {
                assertTrue(wanted.isEmpty(), c.id());
            }
            assertTrue(codes.containsAll(wanted));
            assertEquals(wanted.size(), Set.copyOf(wanted).size(), "a product twice for " + c.id());
        }
    }

    @Test
    void theShelfCoversR1ToR5() {
        assertEquals(List.of("R1", "R2", "R3", "R4", "R5"), Arrays.stream(Demo.PRODUCTS).map(p -> p[1]).toList());
    }

    @Test
    void someMismatchesAreAcknowledgedAndSomeNot() {
        long yes = branch.stream().filter(c -> Demo.acknowledges(c.id(), "DEMO-EQ-R4")).count();
        assertTrue(yes > 0 && yes < branch.size());
    }

    @Test
    void mostClientsAreContactedInTheLastThreeWeeksButSomePremiumOnesAreNot() {
        long contacted = branch.stream().filter(c -> !Demo.contactPlan(c, LAST_DAY).isEmpty()).count();
        assertTrue(contacted > 180 && contacted < 260, "contacted " + contacted);
        List<Demo.Client> premium = branch.stream().filter(Demo::premium).toList();
        assertTrue(premium.stream().anyMatch(c -> Demo.contactPlan(c, LAST_DAY).isEmpty()), "an uncontacted PREMIUM client");
        assertTrue(Demo.contactPlan(branch.get(0), LAST_DAY).isEmpty(), "D0001 is left uncontacted");
        for (Demo.Client c : branch) {
            List<Demo.Contact> plan = Demo.contactPlan(c, LAST_DAY);
            assertTrue(plan.size() <= 5);
            assertEquals("COMPLAINT_FILED".equals(c.accountEvent()),
                    plan.stream().anyMatch(ct -> ct.purpose().equals("COMPLAINT_FOLLOW_UP")) || plan.isEmpty() && "COMPLAINT_FILED".equals(c.accountEvent()));
            for (Demo.Contact ct : plan) {
                assertTrue(ct.day().isBefore(LAST_DAY.plusDays(1)) && !ct.day().isBefore(LAST_DAY.minusDays(21)), ct.toString());
                assertFalse(ct.notes().isBlank());
            }
        }
    }

    @Test
    void readsAFieldOfAJsonAnswer() {
        String json = "{\"checkId\":\"5d1c-1\",\"result\":\"MISMATCH\",\"total\":12}";
        assertEquals("5d1c-1", Demo.field(json, "checkId"));
        assertEquals("MISMATCH", Demo.field(json, "result"));
        assertEquals("12", Demo.field(json, "total"));
        assertNull(Demo.field(json, "nope"));
    }
    @Test
    void nineInTenClientsHaveAnAdvisorSharedOutInTurn() {
        java.util.Map<String, Long> books = branch.stream().map(c -> Demo.advisorOf(c.id()))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        assertEquals(Set.copyOf(Demo.ADVISORS), books.keySet());
        assertEquals(270, books.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(books.values().stream().allMatch(n -> n == 90), "books " + books);
        for (String advisor : Demo.ADVISORS) { // what retention accepts as an advisor id
            assertTrue(advisor.matches("[A-Za-z0-9._@:-]{1,100}"), advisor);
        }
    }

    @Test
    void mostAssessedClientsRecordNeedsAndSomeStrategyCallsAreOverdueForThem() {
        List<Demo.Client> withNeeds = branch.stream().filter(c -> !Demo.reminderPreferences(c.id()).isEmpty()).toList();
        long assessed = branch.stream().filter(c -> Demo.assessed(c.id())).count();
        assertTrue(withNeeds.size() > assessed * 0.7 && withNeeds.size() < assessed, "needs " + withNeeds.size());
        assertTrue(withNeeds.stream().allMatch(c -> Demo.assessed(c.id())));
        // the weekly STRATEGY reminder is overdue where the last strategy call was more than 7 days ago
        long overdue = withNeeds.stream().filter(c -> {
            List<Demo.Contact> strategy = Demo.contactPlan(c, LAST_DAY).stream()
                    .filter(ct -> "STRATEGY".equals(ct.reminderContent())).toList();
            return !strategy.isEmpty() && strategy.get(strategy.size() - 1).day().isBefore(LAST_DAY.minusDays(7));
        }).count();
        assertTrue(overdue > 10, "clients with an overdue STRATEGY reminder: " + overdue);
    }

    /** The clients whose task the demo surely opens: a transfer-out or closure request, or a drained account. */
    private List<DemoTasks.Work> tasks() {
        return branch.stream().filter(c -> c.drains() || "TRANSFER_OUT_REQUESTED".equals(c.accountEvent())
                        || "CLOSURE_REQUESTED".equals(c.accountEvent()))
                .map(c -> DemoTasks.work(c.id(), c.accountEvent() == null ? "ASSET_OUTFLOW" : c.accountEvent()))
                .toList();
    }

    @Test
    void theTasksAreWorkedToAMixOfOutcomesReasonsAndAdvisors() {
        List<DemoTasks.Work> tasks = tasks();
        assertTrue(tasks.size() > 20, "tasks " + tasks.size());
        List<DemoTasks.Work> closed = tasks.stream().filter(w -> "CLOSED".equals(w.stopAt())).toList();
        assertTrue(closed.size() > tasks.size() / 3 && closed.size() < tasks.size(), "closed " + closed.size());
        assertEquals(Set.of("RETAINED", "PARTIALLY_RETAINED", "LOST"),
                closed.stream().map(DemoTasks.Work::outcome).collect(Collectors.toSet()));
        assertEquals(Set.of("PRICE_AND_PRODUCT", "CLIENT_CHANGE", "NEGLECT"),
                closed.stream().map(DemoTasks.Work::reason).collect(Collectors.toSet()));
        assertEquals(Set.copyOf(Demo.ADVISORS), closed.stream().map(DemoTasks.Work::advisor).collect(Collectors.toSet()));
        // some are still in hand, and some wait for a manager to assign them
        assertTrue(tasks.stream().anyMatch(w -> w.stopAt() != null && !w.stopAt().equals("CLOSED")));
        assertTrue(tasks.stream().anyMatch(w -> w.stopAt() == null));
    }

    @Test
    void aTaskIsWorkedByItsClientsAdvisorWithAnAnswerThatFitsTheOutcome() {
        for (Demo.Client c : branch) {
            DemoTasks.Work w = DemoTasks.work(c.id(), "TRANSFER_OUT_REQUESTED");
            assertEquals(w, DemoTasks.work(c.id(), "TRANSFER_OUT_REQUESTED"), "the same on every run");
            if (Demo.advisorOf(c.id()) != null) {
                assertEquals(Demo.advisorOf(c.id()), w.advisor());
            }
            assertTrue(Demo.ADVISORS.contains(w.advisor()));
            assertEquals(Map.of("RETAINED", "AGREED", "PARTIALLY_RETAINED", "PARTIALLY_AGREED", "LOST", "DECLINED").get(w.outcome()),
                    w.answer());
            assertEquals(2, w.plan().size());
            assertFalse(w.trigger().isBlank() || w.driver().isBlank() || w.rootCause().isBlank() || w.notes().isBlank());
        }
        assertEquals("PRICE_AND_PRODUCT", DemoTasks.work("D0017", "COMPLAINT").reason());
        assertEquals("NEGLECT", DemoTasks.work("D0017", "NEGLECT").reason());
    }

    @Test
    void aTaskIsTakenOnFromTheStageItIsAt() {
        DemoTasks.Work toClose = new DemoTasks.Work("li.ming", "CLOSED", "NEGLECT", "t", "d", "r", List.of("a", "b"), "LOST", "n");
        assertEquals(List.of("COMPREHEND", "PROPOSE", "RESPOND", "CLOSED"), toClose.stepsFrom("OPENED"));
        assertEquals(List.of("RESPOND", "CLOSED"), toClose.stepsFrom("PROPOSE"));
        assertEquals(List.of(), toClose.stepsFrom("CLOSED"));
        DemoTasks.Work toPropose = new DemoTasks.Work("li.ming", "PROPOSE", "NEGLECT", "t", "d", "r", List.of("a", "b"), "LOST", "n");
        assertEquals(List.of("COMPREHEND", "PROPOSE"), toPropose.stepsFrom("OPENED"));
        assertEquals(List.of(), toPropose.stepsFrom("PROPOSE"));
        assertEquals(List.of(), toPropose.stepsFrom("RESPOND"), "never back");
        DemoTasks.Work untouched = new DemoTasks.Work("li.ming", null, "NEGLECT", "t", "d", "r", List.of("a", "b"), "LOST", "n");
        assertEquals(List.of(), untouched.stepsFrom("OPENED"));
    }
}
