package dev.kehu.console.api.profiling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kehu.console.api.Labels;

/** A client's profile: the latest assessment and the other facets, each with the service's texts. */
public record Profile(Assessment latestAssessment, Instant validUntil, Household household, Facet socialBackground,
        Personality personality, Facet investorAttitude, Survey latestSurvey) {

    public record Household(String maritalStatus, Integer age, Integer youngestChildAge, Boolean childrenIndependent,
            Boolean retired, Facet lifeCycleStage, LifePhase lifePhase) {
    }

    /** The latest SERVQUAL survey: the gap (perception − expectation) per dimension. */
    public record Survey(Map<String, BigDecimal> dimensionGaps, BigDecimal overallGap) {

        /** The dimension with the most negative gap (the weakest), or null without gaps. */
        public String weakest() {
            return dimensionGaps == null ? null : dimensionGaps.entrySet().stream().filter(e -> e.getValue() != null)
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }

        public BigDecimal gapOf(String dimension) {
            return dimensionGaps == null ? null : dimensionGaps.get(dimension);
        }
    }

    /** What every facet has, whatever else it carries: the service's code and its labels in both languages. */
    public interface Coded {

        String code();

        Labels labels();
    }

    public record Facet(String code, Labels labels) implements Coded {
    }

    public record LifePhase(String code, Labels labels, Labels financialFocus) implements Coded {
    }

    public record Personality(String code, Labels labels, Guidance guidance) implements Coded {
    }

    /** How to talk to such a person: a few lines in each language. */
    public record Guidance(List<String> zh, List<String> en) {

        public Labels joined() {
            return new Labels(join(zh), join(en));
        }

        private static String join(List<String> lines) {
            return lines == null ? null : String.join("; ", lines);
        }
    }
}
