package dev.kehu.retention.domain.reminder;

import java.util.EnumMap;
import java.util.Map;

import dev.kehu.retention.domain.client.ContactCodes.Frequency;

/**
 * The reminder arithmetic's numbers, one versioned data file ({@code reminders/reminder-rules-<v>.json},
 * docs/domain.md#reminders): the days of each frequency's period and how long before an assessment's
 * {@code validUntil} the REASSESSMENT reminder falls due.
 */
public record ReminderRules(String version, Map<Frequency, Integer> frequencyDays, int reassessmentLeadDays) {

    public ReminderRules {
        if (frequencyDays == null || frequencyDays.size() != Frequency.values().length
                || frequencyDays.values().stream().anyMatch(d -> d == null || d < 1)) {
            throw new IllegalArgumentException("reminder rules " + version + " need a period of at least a day for "
                    + "every frequency");
        }
        if (reassessmentLeadDays < 0) {
            throw new IllegalArgumentException("reminder rules " + version + ": reassessmentLeadDays must be >= 0");
        }
        frequencyDays = Map.copyOf(new EnumMap<>(frequencyDays));
    }

    public int days(Frequency frequency) {
        return frequencyDays.get(frequency);
    }
}
