package dev.kehu.profiling.rescore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** A re-scoring job: its status, counts, the clients whose category changed and those who must be reassessed. */
public record RescoreJobView(UUID jobId, String toVersion, String status, String requestedBy, Instant requestedAt,
                             Instant finishedAt, Counts counts, List<CategoryChange> categoryChanged,
                             List<String> needsReassessment) {

    /**
     * {@code clients} with an assessment looked at; {@code rescored} got a new assessment; {@code alreadyCurrent}
     * were last scored with the version; {@code categoryChanged} and {@code needsReassessment} as listed;
     * {@code failed} could not be written (a concurrent change), to be run again.
     */
    public record Counts(int clients, int rescored, int categoryChanged, int needsReassessment, int alreadyCurrent,
                         int failed) {
    }

    public record CategoryChange(String clientId, RiskCategory from, RiskCategory to) {
    }
}
