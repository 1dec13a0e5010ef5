package dev.kehu.retention.domain.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The contact arithmetic of a service plan, in calendar days (docs/domain.md#service-plans). The clock
 * starts at the last contact, or at the first classification for a client never contacted (and never
 * before it: no tier was promised before the client was classified). The next contact is due
 * {@code contactEveryDays} after that; the client is neglected once more than twice that has passed.
 */
public record ContactSchedule(int contactEveryDays, LocalDate lastContactOn, LocalDate firstClassifiedOn) {

    public ContactSchedule {
        if (contactEveryDays < 1 || (lastContactOn == null && firstClassifiedOn == null)) {
            throw new IllegalArgumentException("a schedule needs an interval and a last contact or classification");
        }
    }

    /** The day the clock runs from. */
    public LocalDate since() {
        if (lastContactOn == null) {
            return firstClassifiedOn;
        }
        if (firstClassifiedOn == null) {
            return lastContactOn;
        }
        return lastContactOn.isAfter(firstClassifiedOn) ? lastContactOn : firstClassifiedOn;
    }

    public LocalDate nextContactDue() {
        return since().plusDays(contactEveryDays);
    }

    /** Whether a contact is due on {@code today} (on the due day or after it). */
    public boolean due(LocalDate today) {
        return !today.isBefore(nextContactDue());
    }

    /** Days past the due day; 0 on the due day and before it. */
    public long overdueDays(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(nextContactDue(), today));
    }

    /** Days since the clock started. */
    public long daysWithoutContact(LocalDate today) {
        return ChronoUnit.DAYS.between(since(), today);
    }

    /** More than twice the interval without contact: the NEGLECT line (exactly twice is not yet neglect). */
    public boolean neglected(LocalDate today) {
        return daysWithoutContact(today) > 2L * contactEveryDays;
    }
}
