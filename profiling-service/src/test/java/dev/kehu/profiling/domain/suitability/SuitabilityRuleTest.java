package dev.kehu.profiling.domain.suitability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** docs/domain.md#risk-category suitability, table-driven: every category × risk level, the lowest category, expiry, RED answers. */
class SuitabilityRuleTest {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final Instant VALID = Instant.parse("2027-01-01T00:00:00Z");
    static final SuitabilityWarnings TEXTS = DataFiles.builtIn("suitability-warnings", "v1", SuitabilityWarnings.class)
            .check();

    static AssessmentFacts facts(RiskCategory category, boolean lowest, Instant validUntil, ConsistencyLevel level) {
        return new AssessmentFacts(UUID.randomUUID(), "v1", category, lowest, validUntil, level);
    }

    static List<WarningCode> codes(String raw) {
        return raw.isBlank() ? List.of() : Arrays.stream(raw.split(" ")).map(WarningCode::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @CsvSource({
            "C1, R1, MATCH", "C1, R2, MISMATCH", "C1, R3, MISMATCH", "C1, R4, MISMATCH", "C1, R5, MISMATCH",
            "C2, R1, MATCH", "C2, R2, MATCH", "C2, R3, MISMATCH", "C2, R4, MISMATCH", "C2, R5, MISMATCH",
            "C3, R1, MATCH", "C3, R2, MATCH", "C3, R3, MATCH", "C3, R4, MISMATCH", "C3, R5, MISMATCH",
            "C4, R1, MATCH", "C4, R2, MATCH", "C4, R3, MATCH", "C4, R4, MATCH", "C4, R5, MISMATCH",
            "C5, R1, MATCH", "C5, R2, MATCH", "C5, R3, MATCH", "C5, R4, MATCH", "C5, R5, MATCH"})
    void everyCategoryAndRiskLevel(RiskCategory category, RiskLevel level, SuitabilityResult expected) {
        SuitabilityRule.Decision d = SuitabilityRule.decide(facts(category, false, VALID, ConsistencyLevel.GREEN),
                level, NOW);
        assertEquals(expected, d.result());
        assertEquals(expected == SuitabilityResult.MISMATCH, d.acknowledgementRequired());
        assertEquals(expected == SuitabilityResult.MISMATCH ? List.of(WarningCode.PRODUCT_RISK_ABOVE_CATEGORY)
                : List.of(), d.warnings());
    }

    @ParameterizedTest(name = "lowest category × {0} → {1} [{2}]")
    @CsvSource({"R1, MATCH, ''", "R2, REFUSED, LOWEST_CATEGORY", "R3, REFUSED, LOWEST_CATEGORY",
            "R4, REFUSED, LOWEST_CATEGORY", "R5, REFUSED, LOWEST_CATEGORY"})
    void theLowestCategoryIsRefusedAnythingAboveR1(RiskLevel level, SuitabilityResult expected, String warnings) {
        SuitabilityRule.Decision d = SuitabilityRule.decide(facts(RiskCategory.C1, true, VALID,
                ConsistencyLevel.GREEN), level, NOW);
        assertEquals(expected, d.result());
        assertEquals(codes(warnings), d.warnings());
        assertEquals(false, d.acknowledgementRequired());
    }

    @ParameterizedTest(name = "valid until {0} → {1} [{2}]")
    @CsvSource({"2026-06-01T00:00:00Z, NO_VALID_ASSESSMENT, ASSESSMENT_EXPIRED",
            "2026-05-31T23:59:59Z, NO_VALID_ASSESSMENT, ASSESSMENT_EXPIRED",
            "2026-06-01T00:00:01Z, MATCH, ''"})
    void anExpiredAssessmentIsNoValidAssessment(Instant validUntil, SuitabilityResult expected, String warnings) {
        SuitabilityRule.Decision d = SuitabilityRule.decide(facts(RiskCategory.C5, false, validUntil,
                ConsistencyLevel.GREEN), RiskLevel.R3, NOW);
        assertEquals(expected, d.result());
        assertEquals(codes(warnings), d.warnings());
    }

    @Test
    void noAssessmentAtAllIsAssessmentMissing() {
        SuitabilityRule.Decision d = SuitabilityRule.decide(null, RiskLevel.R1, NOW);
        assertEquals(SuitabilityResult.NO_VALID_ASSESSMENT, d.result());
        assertEquals(List.of(WarningCode.ASSESSMENT_MISSING), d.warnings());
    }

    @ParameterizedTest(name = "{0} answers, {1} × {2} → {3} [{4}]")
    @CsvSource({"RED, C3, R2, MATCH, INCONSISTENT_ANSWERS",
            "RED, C2, R4, MISMATCH, PRODUCT_RISK_ABOVE_CATEGORY INCONSISTENT_ANSWERS",
            "AMBER, C2, R4, MISMATCH, PRODUCT_RISK_ABOVE_CATEGORY", "GREEN, C3, R2, MATCH, ''"})
    void redAnswersAddAWarningAndKeepTheResult(ConsistencyLevel level, RiskCategory category, RiskLevel product,
                                               SuitabilityResult expected, String warnings) {
        SuitabilityRule.Decision d = SuitabilityRule.decide(facts(category, false, VALID, level), product, NOW);
        assertEquals(expected, d.result());
        assertEquals(codes(warnings), d.warnings());
    }

    @Test
    void onlyAMismatchIsAcknowledgedAndOnlyOnce() {
        SuitabilityDecider decider = SuitabilityDecider.INSTANCE;
        UUID id = UUID.randomUUID();
        SuitabilityCommand.Check mismatch = new SuitabilityCommand.Check(id, "C1", "P", RiskLevel.R5,
                facts(RiskCategory.C2, false, VALID, ConsistencyLevel.GREEN), TEXTS, NOW);
        SuitabilityCheck state = decider.fold(decider.initialState(), List.of());
        SuitabilityEvent checked = decider.decide(mismatch, state).get(0);
        state = decider.evolve(state, checked);
        assertEquals(TEXTS.texts().get(WarningCode.PRODUCT_RISK_ABOVE_CATEGORY).zh(),
                ((SuitabilityEvent.Checked) checked).warnings().get(0).zh());
        SuitabilityCommand.Acknowledge ack = new SuitabilityCommand.Acknowledge(Channel.ONLINE, "I accept",
                new RecordedBy("alice", "client"), NOW);
        SuitabilityEvent.Acknowledged acknowledged = (SuitabilityEvent.Acknowledged) decider.decide(ack, state).get(0);
        assertEquals("I accept", acknowledged.statement());
        assertEquals(new RecordedBy("alice", "client"), acknowledged.acknowledgedBy());
        SuitabilityCheck done = decider.evolve(state, acknowledged);
        assertThrows(SuitabilityConflict.class, () -> decider.decide(ack, done));

        SuitabilityCommand.Check match = new SuitabilityCommand.Check(id, "C1", "P", RiskLevel.R1,
                facts(RiskCategory.C2, false, VALID, ConsistencyLevel.GREEN), TEXTS, NOW);
        SuitabilityCheck matched = decider.evolve(decider.initialState(),
                decider.decide(match, decider.initialState()).get(0));
        assertThrows(SuitabilityConflict.class, () -> decider.decide(ack, matched));
    }
}
