package dev.kehu.profiling.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.domain.assessment.Consistency;
import dev.kehu.profiling.domain.assessment.ConsistencyCheck;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;

class ConsistencyCheckTest {

    /** Changes to the typical (consistent) answers, as {@code question=value;…}, and what they must raise. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "'' | GREEN | ''",
            "investmentKnowledge=PROFESSIONAL;investmentExperience=UNDER_ONE_YEAR | AMBER | KNOWLEDGE_WITHOUT_EXPERIENCE",
            "investmentKnowledge=PROFESSIONAL;investmentExperience=ONE_YEAR_PLUS | GREEN | ''",
            "maxLossPercent=25;lossReaction=SLEEPLESS | RED | HIGH_LOSS_TOLERANCE_BUT_SLEEPLESS",
            "maxLossPercent=24;lossReaction=SLEEPLESS | GREEN | ''",
            "investmentPriority=CAPITAL_PRESERVATION;maxLossPercent=20 | RED | CAPITAL_PRESERVATION_WITH_HIGH_LOSS_TOLERANCE",
            "investmentPriority=CAPITAL_PRESERVATION;maxLossPercent=19 | GREEN | ''",
            "investmentPriority=SPREAD_GAINS;maxLossPercent=2 | AMBER | TRADING_GAINS_WITHOUT_LOSS_TOLERANCE",
            "investmentKnowledge=NOVICE;performanceControl=FULL_CONTROL | AMBER | NOVICE_WITH_FULL_CONTROL",
            "investmentPriority=CAPITAL_PRESERVATION;maxLossPercent=30;lossReaction=SLEEPLESS;investmentKnowledge=PROFESSIONAL;investmentExperience=UNDER_ONE_YEAR"
                    + " | RED | KNOWLEDGE_WITHOUT_EXPERIENCE,HIGH_LOSS_TOLERANCE_BUT_SLEEPLESS,CAPITAL_PRESERVATION_WITH_HIGH_LOSS_TOLERANCE"})
    void contradictoryAnswersAreFlagged(String changes, ConsistencyLevel level, String codes) {
        Map<String, Object> a = Fixtures.typical();
        for (String change : changes.split(";")) {
            if (!change.isBlank()) {
                String[] kv = change.split("=");
                a.put(kv[0], kv[1].matches("\\d+") ? (Object) Integer.valueOf(kv[1]) : kv[1]);
            }
        }
        Consistency c = ConsistencyCheck.check(Fixtures.RULES, Fixtures.answers(a));
        assertEquals(level, c.level());
        List<String> expected = codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
        assertEquals(expected, c.findings().stream().map(Consistency.Finding::code).toList());
        c.findings().forEach(f -> assertTrue(f.questions().size() >= 2 && f.message().zh() != null));
    }
}
