package dev.kehu.console.api.profiling;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kehu.console.api.Labels;

/**
 * A client's service needs (docs/contract.md, profiling-service "Service needs"): as recorded
 * ({@code GET}/{@code PUT …/service-needs}), and the body of the {@code PUT}.
 */
public record ServiceNeeds(List<String> emotionalNeeds, String informationStyle, String decisionStyle, String horizon,
        String orientation, List<Reminder> reminders, Consultation consultation, Map<String, List<String>> requirements,
        String secondaryPersonality, String secondaryInvestorAttitude, Instant recordedAt) {

    /** The requirement levels, in the order the source names them (必须 / 期望 / 令人激动). */
    public static final List<String> LEVELS = List.of("MUST", "EXPECTED", "DELIGHT");

    public ServiceNeeds {
        emotionalNeeds = emotionalNeeds == null ? List.of() : emotionalNeeds;
        reminders = reminders == null ? List.of() : reminders;
        requirements = requirements == null ? Map.of() : requirements;
    }

    public List<String> levelNames() {
        return LEVELS;
    }

    public List<String> level(String level) {
        return requirements.getOrDefault(level, List.of());
    }

    /** The channel the client prefers: the consultation's, else the first reminder's; null when unknown. */
    public String preferredChannel() {
        if (consultation != null && consultation.channel() != null) {
            return consultation.channel();
        }
        return reminders.stream().map(Reminder::channel).filter(c -> c != null).findFirst().orElse(null);
    }

    public record Reminder(String content, String channel, String frequency) {
    }

    public record Consultation(List<String> topics, String channel, String advisorId) {

        public Consultation {
            topics = topics == null ? List.of() : topics;
        }
    }

    /** The body of {@code PUT …/service-needs} (it replaces the needs as a whole). */
    public record Request(List<String> emotionalNeeds, String informationStyle, String decisionStyle, String horizon,
            String orientation, List<Reminder> reminders, Consultation consultation,
            Map<String, List<String>> requirements, String secondaryPersonality, String secondaryInvestorAttitude) {
    }

    /**
     * {@code GET …/service-needs/suggested}: the needs the rules suggest from the client's facets and
     * assessment, the rule that matched and why; {@code ruleId} and {@code suggested} null when none does.
     */
    public record Suggestion(String rulesVersion, String ruleId, Labels why, Suggested suggested) {
    }

    public record Suggested(Map<String, List<String>> requirements, String informationStyle, String decisionStyle,
            String horizon, String orientation) {

        public Suggested {
            requirements = requirements == null ? Map.of() : requirements;
        }
    }
}
