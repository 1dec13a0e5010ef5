package dev.kehu.profiling.needs;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code PUT …/service-needs} (docs/contract.md#rest-paths-per-service). Codes arrive as text so an
 * unknown one is a 400 naming its field; every part is optional, absent lists are empty.
 */
public record NeedsRequest(List<String> emotionalNeeds, String informationStyle, String decisionStyle, String horizon,
                           String orientation, List<ReminderRequest> reminders, ConsultationRequest consultation,
                           Map<String, List<String>> requirements, String secondaryPersonality,
                           String secondaryInvestorAttitude) {

    public record ReminderRequest(String content, String channel, String frequency) {
    }

    public record ConsultationRequest(List<String> topics, String channel, String advisorId) {
    }
}
