package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The demo's year of history (docs/domain.md#learned-weights): the same on every run, no alert in it, and the
 * story a fit should find — complaints and large withdrawals come before leaving, outflows predict nothing.
 */
class DemoHistoryTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    private static final int HORIZON = 90;
    private final DemoHistory.Plan plan = DemoHistory.plan(LAST_DAY);

    @Test
    void theSameHistoryOnEveryRunWithUniqueIds() {
        assertEquals(plan, DemoHistory.plan(LAST_DAY));
        Set<String> ids = new HashSet<>();
        plan.messages().forEach(m -> assertTrue(ids.add(m.id()), "twice: " + m.id()));
        assertEquals(plan.messages().size(), plan.balances().size() + plan.accountEvents().size());
    }

    @Test
    void noScoreOfTheHistoryReachesTheAlertLine() {
        // the heaviest kind is an outflow (40); two signals of a client never share a 30-day risk window
        Map<String, List<DemoHistory.Signal>> byClient = plan.signals().stream()
                .collect(Collectors.groupingBy(DemoHistory.Signal::clientId));
        for (List<DemoHistory.Signal> mine : byClient.values()) {
            for (int i = 0; i < mine.size(); i++) {
                DemoHistory.Signal s = mine.get(i);
                assertTrue(!s.day().isAfter(LAST_DAY.minusDays(DemoHistory.QUIET_DAYS))
                        && s.day().isAfter(LAST_DAY.minusDays(DemoHistory.DAYS)), "in the period: " + s);
                for (int j = i + 1; j < mine.size(); j++) {
                    assertTrue(Math.abs(ChronoUnit.DAYS.between(s.day(), mine.get(j).day())) > 30, s + " and " + mine.get(j));
                }
            }
        }
    }

    @Test
    void everyLeaverHasOneOutcomeAfterItsSignalsAndEveryWithdrawalABalanceBefore() {
        Map<String, Long> outcomes = plan.accountEvents().stream()
                .filter(m -> m.json().contains("TRANSFER_OUT_COMPLETED") || m.json().contains("ACCOUNT_CLOSED"))
                .collect(Collectors.groupingBy(DemoHistory.Message::clientId, Collectors.counting()));
        assertEquals(plan.leftOn().keySet(), outcomes.keySet());
        outcomes.values().forEach(n -> assertEquals(1L, n));
        assertTrue(plan.leftOn().size() > 90 && plan.leftOn().size() < 150, "leavers " + plan.leftOn().size());
        for (DemoHistory.Signal s : plan.signals()) {
            LocalDate left = plan.leftOn().get(s.clientId());
            assertTrue(left == null || s.day().isBefore(left), "a signal after leaving: " + s);
        }
        Set<String> withBalance = plan.balances().stream().map(DemoHistory.Message::clientId).collect(Collectors.toSet());
        plan.signals().forEach(s -> assertTrue(withBalance.contains(s.clientId()), s.clientId()));
        // outcomes first among the account events: once a client's last event is in, the outcomes are too
        List<DemoHistory.Message> events = plan.accountEvents();
        int firstOther = events.indexOf(events.stream().filter(m -> m.json().contains("COMPLAINT_FILED")
                || m.json().contains("WITHDRAWAL")).findFirst().orElseThrow());
        assertEquals(plan.leftOn().size(), firstOther);
    }

    @Test
    void complaintsAndWithdrawalsComeBeforeLeavingAndOutflowsPredictNothing() {
        // the fit's points: a signal whose horizon has ended; its label: the client left within the horizon
        Map<String, int[]> byKind = new HashMap<>(); // kind -> {points, followed by leaving}
        for (DemoHistory.Signal s : plan.signals()) {
            if (s.day().plusDays(HORIZON).isAfter(LAST_DAY)) {
                continue;
            }
            LocalDate left = plan.leftOn().get(s.clientId());
            boolean churned = left != null && !left.isAfter(s.day().plusDays(HORIZON));
            int[] n = byKind.computeIfAbsent(s.kind(), k -> new int[2]);
            n[0]++;
            n[1] += churned ? 1 : 0;
        }
        double complaint = rate(byKind.get("COMPLAINT"));
        double withdrawal = rate(byKind.get("LARGE_WITHDRAWAL"));
        double outflow = rate(byKind.get("ASSET_OUTFLOW"));
        assertTrue(byKind.get("COMPLAINT")[0] >= 40 && byKind.get("LARGE_WITHDRAWAL")[0] >= 40, "enough of each");
        assertTrue(byKind.get("ASSET_OUTFLOW")[0] >= 300, "outflows " + byKind.get("ASSET_OUTFLOW")[0]);
        assertTrue(complaint > 0.5 && withdrawal > 0.5, "complaint " + complaint + ", withdrawal " + withdrawal);
        assertTrue(outflow < 0.15, "an outflow is followed by leaving about as rarely as any day: " + outflow);
        int points = byKind.values().stream().mapToInt(n -> n[0]).sum();
        int churned = byKind.values().stream().mapToInt(n -> n[1]).sum();
        assertTrue(points >= 400 && churned >= 60, points + " points, " + churned + " churned");
    }

    private static double rate(int[] n) {
        return (double) n[1] / n[0];
    }
}
