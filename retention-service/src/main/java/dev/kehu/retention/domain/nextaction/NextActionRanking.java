package dev.kehu.retention.domain.nextaction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of an advisor's next actions (docs/domain.md#next-actions), pure: open tasks first (P1, P2, P3,
 * then by due time); then the overdue items by overdue days × the client's tier weight, highest first; then
 * those due today, the heavier tier first. What is not yet due is left out, and a client appears once per
 * kind (its highest-ranked item of that kind). Ties go by client id, so the order is stable.
 */
public final class NextActionRanking {

    private final NextActionRules rules;

    public NextActionRanking(NextActionRules rules) {
        this.rules = rules;
    }

    /** The ranked items of {@code candidates} as of {@code today}: every open task, the rest due by today. */
    public List<NextAction> rank(List<NextAction> candidates, LocalDate today) {
        List<NextAction> sorted = new ArrayList<>(candidates.stream()
                .filter(a -> a.kind() == NextActionKind.TASK || a.dueOn() != null && !a.dueOn().isAfter(today))
                .toList());
        sorted.sort(order());
        Map<String, NextAction> once = new LinkedHashMap<>();
        for (NextAction a : sorted) {
            once.putIfAbsent(a.kind() + "\u0000" + a.clientId(), a);
        }
        return List.copyOf(once.values());
    }

    private Comparator<NextAction> order() {
        return Comparator.comparingInt(this::band)
                .thenComparing(a -> a.kind() == NextActionKind.TASK && a.priority() != null ? a.priority() : "")
                .thenComparing(a -> a.kind() == NextActionKind.TASK ? a.dueAt() : null,
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingLong(this::score).reversed())
                .thenComparing(Comparator.comparingLong(NextAction::overdueDays).reversed())
                .thenComparing(NextAction::clientId)
                .thenComparing(NextAction::kind)
                .thenComparing(a -> a.taskId() == null ? "" : a.taskId())
                .thenComparing(a -> a.campaignId() == null ? "" : a.campaignId())
                .thenComparing(a -> a.reasonCode() == null ? "" : a.reasonCode());
    }

    /** 0 tasks, 1 overdue, 2 due today. */
    private int band(NextAction a) {
        if (a.kind() == NextActionKind.TASK) {
            return 0;
        }
        return a.overdueDays() > 0 ? 1 : 2;
    }

    /** Overdue days × tier weight; for an item due today the weight alone puts the heavier tier first. */
    private long score(NextAction a) {
        if (a.kind() == NextActionKind.TASK) {
            return 0;
        }
        int weight = rules.weight(a.tier());
        return a.overdueDays() > 0 ? a.overdueDays() * weight : weight;
    }
}
