package dev.kehu.profiling;

import java.util.List;
import java.util.Set;

import dev.kehu.testsupport.audit.AuditsEventContract;

/** What profiling published in this module's tests, against docs/schemas (runs last; it consumes nothing). */
class EventContractAuditTest extends AuditsEventContract {

    EventContractAuditTest() {
        super(List.of("profiling.questionnaire-completed", "profiling.service-survey-completed",
                        "profiling.suitability-checks", "profiling.client-needs"),
                Set.of("profiling.questionnaire.completed.v1", "profiling.service-survey.completed.v1",
                        "profiling.suitability.checked.v1", "profiling.suitability.acknowledged.v1",
                        "profiling.client-needs.recorded.v1"),
                List.of());
    }
}
