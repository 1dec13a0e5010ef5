package dev.kehu.retention.domain.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;

/**
 * One reminder of a client (docs/domain.md#reminders): what, by which channel (null when the client named
 * none), due on which day, and whether the client asked for it or an event raised it.
 */
public record Reminder(String clientId, Content content, Channel channel, LocalDate dueOn, ReminderSource source) {

    /** Due on {@code today}: on its due day or after it. */
    public boolean due(LocalDate today) {
        return !today.isBefore(dueOn);
    }

    /** Days past the due day; 0 on the due day and before it. */
    public long overdueDays(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
    }
}
