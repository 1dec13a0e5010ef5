package dev.kehu.retention.domain.nextaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kehu.retention.config.RulesProducer;
import dev.kehu.retention.domain.plan.Tier;

/** The order of the next actions (docs/domain.md#next-actions), with the shipped tier weights. */
class NextActionRankingTest {

    static final NextActionRanking RANKING = new NextActionRanking(RulesProducer.nextActionRules("v1"));
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    static NextAction task(String client, String priority, String dueAt) {
        Instant due = Instant.parse(dueAt);
        return new NextAction(NextActionKind.TASK, client, "CPR_TASK_OPEN", LocalDate.parse(dueAt.substring(0, 10)),
                due, 0, priority, Tier.BASIC, null, null, "t-" + client, null);
    }

    static NextAction item(NextActionKind kind, String client, int overdue, Tier tier) {
        return new NextAction(kind, client, "CONTACT_DUE", TODAY.minusDays(overdue), null, Math.max(0, overdue), "KEY",
                tier, "PHONE", "PERFECT", null, null);
    }

    @Test
    void tasksFirstThenOverdueByDaysTimesTierWeightThenDueToday() {
        List<NextAction> candidates = List.of(
                item(NextActionKind.CONTACT_DUE, "today-basic", 0, Tier.BASIC),
                item(NextActionKind.REMINDER, "over5-basic", 5, Tier.BASIC),        // 5 × 1 = 5
                item(NextActionKind.REMINDER, "over2-premium", 2, Tier.PREMIUM),    // 2 × 3 = 6
                item(NextActionKind.CONTACT_DUE, "over3-value", 3, Tier.VALUE_ADDED), // 3 × 2 = 6, more days
                item(NextActionKind.CONTACT_DUE, "today-premium", 0, Tier.PREMIUM),
                item(NextActionKind.CONTACT_DUE, "not-yet", -1, Tier.PREMIUM),      // due tomorrow: left out
                item(NextActionKind.CAMPAIGN_MEMBER, "over1-unclassified", 1, null), // 1 × 1
                task("p3", "P3", "2026-03-18T01:00:00Z"),
                task("p1-late", "P1", "2026-03-21T01:00:00Z"),
                task("p1-early", "P1", "2026-03-19T01:00:00Z"),
                task("p2", "P2", "2026-03-10T01:00:00Z"));
        List<String> order = RANKING.rank(candidates, TODAY).stream().map(NextAction::clientId).toList();
        assertEquals(List.of("p1-early", "p1-late", "p2", "p3", "over3-value", "over2-premium", "over5-basic",
                "over1-unclassified", "today-premium", "today-basic"), order);
    }

    @Test
    void aClientAppearsOncePerKindWithItsHighestRankedItem() {
        List<NextAction> ranked = RANKING.rank(List.of(
                item(NextActionKind.REMINDER, "c1", 1, Tier.BASIC),
                item(NextActionKind.REMINDER, "c1", 4, Tier.BASIC),
                item(NextActionKind.CONTACT_DUE, "c1", 2, Tier.BASIC),
                item(NextActionKind.REMINDER, "c2", 0, Tier.BASIC)), TODAY);
        assertEquals(3, ranked.size());
        assertEquals(List.of(NextActionKind.REMINDER, NextActionKind.CONTACT_DUE, NextActionKind.REMINDER),
                ranked.stream().map(NextAction::kind).toList());
        assertEquals(4, ranked.get(0).overdueDays());
        assertEquals("c2", ranked.get(2).clientId());
    }

    @Test
    void everyReasonOfTheShippedRulesHasBothLanguages() {
        NextActionRules rules = RulesProducer.nextActionRules("v1");
        for (String code : List.of("CPR_TASK_OPEN", "CONTACT_DUE", "REMINDER_MARKET_ALERT", "REMINDER_STRATEGY",
                "REMINDER_PORTFOLIO_REVIEW", "REMINDER_REASSESSMENT", "REMINDER_REACTIVATION", "REMINDER_NEW_PRODUCT",
                "REMINDER_EVENT_INVITATION", "SEGMENT_FELL_STATIC", "ASSESSMENT_EXPIRING", "CAMPAIGN_PENDING")) {
            assertEquals(false, rules.reason(code).zh().isBlank() || rules.reason(code).en().isBlank(), code);
        }
        assertEquals(3, rules.weight(Tier.PREMIUM));
        assertEquals(2, rules.weight(Tier.VALUE_ADDED));
        assertEquals(1, rules.weight(Tier.BASIC));
    }
}
