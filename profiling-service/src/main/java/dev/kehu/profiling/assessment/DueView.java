package dev.kehu.profiling.assessment;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.profiling.domain.questionnaire.Band;

/** A client whose latest assessment expires before the asked date: someone for an advisor to call. */
public record DueView(String clientId, UUID assessmentId, Instant completedAt, Instant validUntil, Band capacityBand,
                      Band attitudeBand) {
}
