package dev.kehu.retention.domain.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.domain.signal.TaskPriority;

class ChurnRulesTest {

    static final ChurnRules RULES = SpecRules.spec();
    static final Instant AT = Instant.parse("2026-03-20T07:00:00Z");

    static Signal signal(SignalKind kind, Instant at) {
        return new Signal(kind + "@" + at, kind, at, RULES.weight(kind), "test");
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"0,LOW", "24,LOW", "25,MEDIUM", "49,MEDIUM", "50,HIGH", "74,HIGH", "75,CRITICAL", "100,CRITICAL"})
    void levelBoundaries(int score, RiskLevel level) {
        assertEquals(level, RULES.level(score));
    }

    @ParameterizedTest(name = "a signal {0} seconds before the end counts: {1}")
    @CsvSource({
            "0, true",            // at the window's end
            "-1, false",          // after it: not yet happened as of then
            "2591999, true",      // one second younger than 30 days
            "2592000, false"})    // exactly 30 days old: dropped
    void windowEdges(long secondsBefore, boolean counts) {
        Signal s = signal(SignalKind.COMPLAINT, AT.minusSeconds(secondsBefore));
        assertEquals(counts ? 20 : 0, RULES.assess(List.of(s), AT).riskScore());
    }

    @Test
    void scoreIsCappedAtOneHundred() {
        RiskAssessment r = RULES.assess(List.of(signal(SignalKind.CLOSURE_REQUESTED, AT.minusSeconds(60)),
                signal(SignalKind.TRANSFER_OUT_REQUESTED, AT)), AT);
        assertEquals(100, r.riskScore());
        assertEquals(RiskLevel.CRITICAL, r.riskLevel());
        assertEquals(2, r.signals().size());
    }

    @Test
    void assetOutflowAndSegmentDowngradeAddUpToTheAlertLine() {
        RiskAssessment r = RULES.assess(List.of(signal(SignalKind.ASSET_OUTFLOW, AT.minus(Duration.ofDays(3))),
                signal(SignalKind.SEGMENT_DOWNGRADE, AT)), AT);
        assertEquals(65, r.riskScore());
        assertEquals(RiskLevel.HIGH, r.riskLevel());
    }

    @ParameterizedTest(name = "{0} client at {1} risk is {2}")
    @CsvSource({"KEY,LOW,P1", "STANDARD,CRITICAL,P1", "IMPORTANT,LOW,P2", "STANDARD,HIGH,P2", "IMPORTANT,CRITICAL,P1",
            "STANDARD,MEDIUM,P3", ",HIGH,P2", ",MEDIUM,P3"})
    void taskPriority(String clientPriority, RiskLevel level, TaskPriority expected) {
        assertEquals(expected, TaskPriority.of(clientPriority, level));
    }

    @ParameterizedTest
    @CsvSource({"P1,1", "P2,3", "P3,7"})
    void dueDays(TaskPriority priority, int days) {
        assertEquals(Duration.ofDays(days), RULES.dueIn(priority));
    }

    @Test
    void aBalanceCountsAtTheCloseOfItsTradingDayInShanghai() {
        assertEquals(Instant.parse("2026-03-20T07:00:00Z"), RULES.balanceTime(java.time.LocalDate.of(2026, 3, 20)));
    }
}
