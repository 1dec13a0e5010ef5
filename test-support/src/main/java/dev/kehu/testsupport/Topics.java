package dev.kehu.testsupport;

import java.util.ArrayList;
import java.util.List;

/** The topics of docs/contract.md#topics-and-events, each with its dead-letter twin. */
public final class Topics {

    public static final List<String> MAIN = List.of(
            "backoffice.trades",
            "backoffice.balances",
            "backoffice.account-events",
            "profiling.questionnaire-completed",
            "profiling.service-survey-completed",
            "profiling.suitability-checks",
            "profiling.client-needs",
            "segmentation.segment-changed",
            "retention.churn-alerts",
            "retention.task-events");

    private Topics() {
    }

    public static List<String> withDeadLetters() {
        List<String> all = new ArrayList<>(MAIN);
        MAIN.forEach(t -> all.add(t + ".dlq"));
        return all;
    }
}
