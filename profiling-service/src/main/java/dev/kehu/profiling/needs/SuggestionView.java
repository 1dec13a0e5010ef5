package dev.kehu.profiling.needs;

import dev.kehu.profiling.domain.needs.SuggestionRules;
import dev.kehu.profiling.domain.questionnaire.Labels;

/**
 * What the rules suggest for a client (docs/domain.md#suggested-needs): the rule that matched and why, the facts it
 * looked at, and the suggestion; {@code ruleId}, {@code why} and {@code suggested} are null when no rule matches.
 */
public record SuggestionView(String clientId, String rulesVersion, String ruleId, Labels why,
                             SuggestionRules.ClientFacts facts, SuggestionRules.Suggested suggested) {
}
