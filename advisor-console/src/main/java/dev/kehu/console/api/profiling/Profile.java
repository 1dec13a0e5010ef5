package dev.kehu.console.api.profiling;

import java.time.Instant;
import java.util.List;

import dev.kehu.console.api.Labels;

/** A client's profile: the latest assessment and the other facets, each with the service's texts. */
public record Profile(Assessment latestAssessment, Instant validUntil, Household household, Facet socialBackground,
        Personality personality, Facet investorAttitude) {

    public record Household(Facet lifeCycleStage, LifePhase lifePhase) {
    }

    public record Facet(String code, Labels labels) {
    }

    public record LifePhase(String code, Labels labels, Labels financialFocus) {
    }

    public record Personality(String code, Labels labels, Guidance guidance) {
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
