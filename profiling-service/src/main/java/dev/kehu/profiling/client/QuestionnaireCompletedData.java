package dev.kehu.profiling.client;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.kehu.eventstore.contract.QuestionnaireCompleted;

/**
 * The data of {@code profiling.questionnaire.completed.v1} as profiling publishes it: the shared
 * contract's fields ({@link QuestionnaireCompleted}) plus SPEC §7's added ones, {@code riskCategory},
 * {@code lowestCategory} and, on a re-scored assessment only, {@code rescoredFrom}. The contract
 * record should gain these three (optional) fields; until it does, consumers decoding with it ignore them.
 */
public record QuestionnaireCompletedData(UUID assessmentId, String clientId, String questionnaireVersion,
                                         Instant completedAt, QuestionnaireCompleted.ScoreBand capacity,
                                         QuestionnaireCompleted.ScoreBand attitude,
                                         QuestionnaireCompleted.Allocation allocation, String riskCategory,
                                         boolean lowestCategory,
                                         @JsonInclude(JsonInclude.Include.NON_NULL) UUID rescoredFrom) {
}
