package dev.kehu.retention.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.config.RulesProducer;

/** The contact arithmetic at its boundaries (docs/domain.md#service-plans), for every tier of the shipped plans. */
class ContactScheduleTest {

    static final ServicePlans PLANS = RulesProducer.servicePlans("v1");
    static final LocalDate CLASSIFIED = LocalDate.of(2026, 1, 5);

    @ParameterizedTest(name = "{0}: last contact {1}, today {2} → due {3}, overdue {4}, due? {5}, neglected? {6}")
    @CsvSource(nullValues = "-", value = {
            // tier,      last contact, today,       next due,    overdue, due,   neglected
            "PREMIUM,     2026-03-01,   2026-03-07,  2026-03-08,  0,       false, false",  // the day before
            "PREMIUM,     2026-03-01,   2026-03-08,  2026-03-08,  0,       true,  false",  // due today
            "PREMIUM,     2026-03-01,   2026-03-09,  2026-03-08,  1,       true,  false",  // one day over
            "PREMIUM,     2026-03-01,   2026-03-15,  2026-03-08,  7,       true,  false",  // 2× exactly: not yet
            "PREMIUM,     2026-03-01,   2026-03-16,  2026-03-08,  8,       true,  true",   // 2× and a day
            "VALUE_ADDED, 2026-03-01,   2026-03-31,  2026-03-31,  0,       true,  false",
            "VALUE_ADDED, 2026-03-01,   2026-04-01,  2026-03-31,  1,       true,  false",
            "VALUE_ADDED, 2026-03-01,   2026-04-30,  2026-03-31,  30,      true,  false",
            "VALUE_ADDED, 2026-03-01,   2026-05-01,  2026-03-31,  31,      true,  true",
            "BASIC,       2026-03-01,   2026-05-30,  2026-05-30,  0,       true,  false",
            "BASIC,       2026-03-01,   2026-05-31,  2026-05-30,  1,       true,  false",
            "BASIC,       2026-03-01,   2026-08-28,  2026-05-30,  90,      true,  false",
            "BASIC,       2026-03-01,   2026-08-29,  2026-05-30,  91,      true,  true",
            // never contacted: the clock runs from the first classification
            "PREMIUM,     -,            2026-01-12,  2026-01-12,  0,       true,  false",
            "PREMIUM,     -,            2026-01-19,  2026-01-12,  7,       true,  false",
            "PREMIUM,     -,            2026-01-20,  2026-01-12,  8,       true,  true",
            // a contact before the classification: the clock starts at the classification
            "PREMIUM,     2025-12-01,   2026-01-13,  2026-01-12,  1,       true,  false",
    })
    void theClockRunsFromTheLastContactOrTheFirstClassification(Tier tier, LocalDate lastContact, LocalDate today,
                                                                 LocalDate nextDue, long overdue, boolean due,
                                                                 boolean neglected) {
        ContactSchedule s = new ContactSchedule(PLANS.plan(tier).contactEveryDays(), lastContact, CLASSIFIED);
        assertEquals(nextDue, s.nextContactDue());
        assertEquals(overdue, s.overdueDays(today));
        assertEquals(due, s.due(today));
        assertEquals(neglected, s.neglected(today));
    }

    @ParameterizedTest(name = "{0} → {1}, every {2} days, {3} services")
    @CsvSource({"KEY, PREMIUM, 7, 7", "IMPORTANT, VALUE_ADDED, 30, 3", "STANDARD, BASIC, 90, 2"})
    void eachPriorityHasItsTierAndPlan(String priority, Tier tier, int every, int services) {
        ServicePlan plan = PLANS.forPriority(priority).orElseThrow();
        assertEquals(tier, plan.tier());
        assertEquals(every, plan.contactEveryDays());
        assertEquals(services, plan.promisedServices().size());
    }
}
