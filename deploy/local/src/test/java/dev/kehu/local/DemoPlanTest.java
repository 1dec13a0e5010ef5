package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
}
