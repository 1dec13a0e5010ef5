package dev.kehu.retention;

import java.util.List;
import java.util.Set;

import dev.kehu.testsupport.audit.AuditsEventContract;

/** What retention published and consumed in this module's tests, against docs/schemas (runs last). */
class EventContractAuditTest extends AuditsEventContract {

    EventContractAuditTest() {
        super(List.of("retention.churn-alerts", "retention.task-events"),
                Set.of("retention.churn-alert.raised.v1", "retention.task.opened.v1", "retention.task.advanced.v1",
                        "retention.task.escalated.v1", "retention.task.closed.v1"),
                List.of("segmentation.segment-changed", "backoffice.balances", "backoffice.account-events",
                        "profiling.service-survey-completed", "profiling.questionnaire-completed",
                        "profiling.client-needs"));
    }
}
