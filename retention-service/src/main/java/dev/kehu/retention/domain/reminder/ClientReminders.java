package dev.kehu.retention.domain.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.client.ClientEvent.ReminderPreference;

/**
 * What the reminders of one client follow from (docs/domain.md#reminders), as plain days: the latest reminder
 * preferences and the day they were recorded, the consultation channel and personality, the day of the last
 * contact carrying each content, the latest assessment's validUntil day, and the day the segment fell to
 * STATIC (null when it is not STATIC after a fall). Immutable; every {@code with…} returns a new value.
 *
 * @param needsRecordedAt when the preferences in force were recorded: an older needs event arriving late
 *                        replaces nothing
 * @param assessmentAt    when the assessment in force was completed: likewise
 */
public record ClientReminders(String clientId, List<ReminderPreference> preferences, Instant needsRecordedAt,
                              LocalDate needsRecordedOn, Channel channel, String personality,
                              Map<Content, LocalDate> lastContactOn, Instant assessmentAt, LocalDate validUntilOn,
                              LocalDate fellStaticOn) {

    public ClientReminders {
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
        lastContactOn = lastContactOn == null ? Map.of() : Map.copyOf(lastContactOn);
    }

    public static ClientReminders none(String clientId) {
        return new ClientReminders(clientId, List.of(), null, null, null, null, Map.of(), null, null, null);
    }

    /** The client's latest needs replace earlier ones; an older record arriving late changes nothing. */
    public ClientReminders withNeeds(List<ReminderPreference> reminders, Channel channel, String personality,
                                     Instant recordedAt, LocalDate recordedOn) {
        if (needsRecordedAt != null && recordedAt.isBefore(needsRecordedAt)) {
            return this;
        }
        // the same content by the same channel twice is one reminder
        List<ReminderPreference> distinct = new ArrayList<>(new LinkedHashSet<>(reminders));
        return new ClientReminders(clientId, distinct, recordedAt, recordedOn, channel, personality, lastContactOn,
                assessmentAt, validUntilOn, fellStaticOn);
    }

    /** A contact carrying {@code content} on {@code day}; a contact older than the last one of it changes nothing. */
    public ClientReminders withContact(Content content, LocalDate day) {
        if (content == null) {
            return this;
        }
        LocalDate last = lastContactOn.get(content);
        if (last != null && !day.isAfter(last)) {
            return this;
        }
        Map<Content, LocalDate> contacts = new EnumMap<>(Content.class);
        contacts.putAll(lastContactOn);
        contacts.put(content, day);
        return new ClientReminders(clientId, preferences, needsRecordedAt, needsRecordedOn, channel, personality,
                contacts, assessmentAt, validUntilOn, fellStaticOn);
    }

    /** The latest assessment's validity (null validUntil: an event from before the field, no REASSESSMENT). */
    public ClientReminders withAssessment(Instant completedAt, LocalDate validUntil) {
        if (assessmentAt != null && completedAt.isBefore(assessmentAt)) {
            return this;
        }
        return new ClientReminders(clientId, preferences, needsRecordedAt, needsRecordedOn, channel, personality,
                lastContactOn, completedAt, validUntil, fellStaticOn);
    }

    /**
     * A segment observed on {@code asOf}: a fall from another activity to STATIC starts a REACTIVATION reminder
     * that day; leaving STATIC ends it; staying STATIC, or starting there, changes nothing.
     */
    public ClientReminders withSegment(boolean wasStatic, boolean isStatic, boolean first, LocalDate asOf) {
        LocalDate fell = fellStaticOn;
        if (!isStatic) {
            fell = null;
        } else if (!first && !wasStatic) {
            fell = asOf;
        }
        return new ClientReminders(clientId, preferences, needsRecordedAt, needsRecordedOn, channel, personality,
                lastContactOn, assessmentAt, validUntilOn, fell);
    }

    /**
     * The client's reminders, due or not, earliest due first. A preference is due one period after the last
     * contact carrying its content, or after the preferences were recorded if there was none. An event
     * reminder (REASSESSMENT {@code reassessmentLeadDays} before validUntil; REACTIVATION on the day the
     * segment fell to STATIC) is cleared by a contact carrying its content on or after its due day.
     */
    public List<Reminder> reminders(ReminderRules rules) {
        List<Reminder> out = new ArrayList<>();
        for (ReminderPreference p : preferences) {
            LocalDate last = lastContactOn.get(p.content());
            LocalDate from = last != null ? last : needsRecordedOn;
            out.add(new Reminder(clientId, p.content(), p.channel(), from.plusDays(rules.days(p.frequency())),
                    ReminderSource.PREFERENCE));
        }
        if (validUntilOn != null) {
            event(out, Content.REASSESSMENT, validUntilOn.minusDays(rules.reassessmentLeadDays()));
        }
        if (fellStaticOn != null) {
            event(out, Content.REACTIVATION, fellStaticOn);
        }
        out.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::content)
                .thenComparing(Reminder::source).thenComparing(r -> r.channel() == null ? "" : r.channel().name()));
        return List.copyOf(out);
    }

    private void event(List<Reminder> out, Content content, LocalDate dueOn) {
        LocalDate last = lastContactOn.get(content);
        if (last != null && !last.isBefore(dueOn)) {
            return;
        }
        out.add(new Reminder(clientId, content, channelFor(content), dueOn, ReminderSource.EVENT));
    }

    /** The channel the client prefers for this content, else its consultation channel (or none). */
    private Channel channelFor(Content content) {
        return preferences.stream().filter(p -> p.content() == content).map(ReminderPreference::channel).findFirst()
                .orElse(channel);
    }
}
