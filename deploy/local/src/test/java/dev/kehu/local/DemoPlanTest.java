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
}
