package dev.kehu.retention.domain.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.retention.config.RulesProducer;
import dev.kehu.retention.domain.client.ClientEvent.ReminderPreference;
import dev.kehu.retention.domain.client.ContactCodes.Channel;
import dev.kehu.retention.domain.client.ContactCodes.Content;
import dev.kehu.retention.domain.client.ContactCodes.Frequency;

/** The reminder arithmetic at its boundaries (docs/domain.md#reminders), with the shipped rules. */
class ReminderArithmeticTest {

    static final ReminderRules RULES = RulesProducer.reminderRules("v1");
    static final LocalDate RECORDED = LocalDate.of(2026, 3, 1);

    @ParameterizedTest(name = "{0} {1}: contact {2} with {3}, today {4} → due {5}, overdue {6}, due? {7}")
    @CsvSource(nullValues = "-", value = {
            // content,     frequency, contact on,  content of it, today,      due on,     overdue, due
            // never contacted: the period runs from the day the needs were recorded
            "MARKET_ALERT,  DAILY,     -,           -,             2026-03-01, 2026-03-02, 0, false", // day before
            "MARKET_ALERT,  DAILY,     -,           -,             2026-03-02, 2026-03-02, 0, true",  // due today
            "MARKET_ALERT,  DAILY,     -,           -,             2026-03-03, 2026-03-02, 1, true",  // one day over
            "STRATEGY,      WEEKLY,    -,           -,             2026-03-08, 2026-03-08, 0, true",
            "STRATEGY,      WEEKLY,    -,           -,             2026-03-09, 2026-03-08, 1, true",
            "PORTFOLIO_REVIEW, MONTHLY, -,          -,             2026-03-30, 2026-03-31, 0, false",
            "PORTFOLIO_REVIEW, MONTHLY, -,          -,             2026-03-31, 2026-03-31, 0, true",
            "NEW_PRODUCT,   QUARTERLY, -,           -,             2026-05-31, 2026-05-31, 0, true",
            "NEW_PRODUCT,   QUARTERLY, -,           -,             2026-06-01, 2026-05-31, 1, true",
            // a contact carrying the content clears it: the period runs from that contact
            "STRATEGY,      WEEKLY,    2026-03-10,  STRATEGY,      2026-03-16, 2026-03-17, 0, false",
            "STRATEGY,      WEEKLY,    2026-03-10,  STRATEGY,      2026-03-17, 2026-03-17, 0, true",
            "STRATEGY,      WEEKLY,    2026-03-10,  STRATEGY,      2026-03-18, 2026-03-17, 1, true",
            // a contact with another content does not clear it
            "STRATEGY,      WEEKLY,    2026-03-10,  MARKET_ALERT,  2026-03-18, 2026-03-08, 10, true",
            // a contact before the needs were recorded still counts: the last one carrying the content
            "STRATEGY,      WEEKLY,    2026-02-20,  STRATEGY,      2026-03-01, 2026-02-27, 2, true",
    })
    void aPreferenceIsDueOnePeriodAfterTheLastContactCarryingItsContent(Content content, Frequency frequency,
                                                                        LocalDate contactOn, Content contactContent,
                                                                        LocalDate today, LocalDate dueOn,
                                                                        long overdue, boolean due) {
        ClientReminders s = ClientReminders.none("c1").withNeeds(List.of(new ReminderPreference(content, Channel.WECHAT,
                frequency)), Channel.PHONE, "PERFECT", Instant.parse("2026-03-01T02:00:00Z"), RECORDED);
        if (contactOn != null) {
            s = s.withContact(contactContent, contactOn);
        }
        Reminder r = s.reminders(RULES).get(0);
        assertEquals(content, r.content());
        assertEquals(Channel.WECHAT, r.channel());
        assertEquals(ReminderSource.PREFERENCE, r.source());
        assertEquals(dueOn, r.dueOn());
        assertEquals(overdue, r.overdueDays(today));
        assertEquals(due, r.due(today));
    }

    @ParameterizedTest(name = "valid until {0}, REASSESSMENT contact {1}, today {2} → {3}")
    @CsvSource(nullValues = "-", value = {
            // valid until, contact on, today,      due on (- = none)
            "2026-06-30,    -,          2026-05-30, 2026-05-31",   // 31 days before: not yet due
            "2026-06-30,    -,          2026-05-31, 2026-05-31",   // 30 days before: due today
            "2026-06-30,    -,          2026-06-01, 2026-05-31",   // one day over
            "2026-06-30,    2026-05-30, 2026-06-01, 2026-05-31",   // a contact before the due day does not clear it
            "2026-06-30,    2026-05-31, 2026-06-01, -",            // one on the due day does
            "-,             -,          2026-06-01, -",            // an old event without validUntil: no reminder
    })
    void reassessmentFallsDueThirtyDaysBeforeValidUntil(LocalDate validUntil, LocalDate contactOn, LocalDate today,
                                                        LocalDate dueOn) {
        ClientReminders s = ClientReminders.none("c1").withAssessment(Instant.parse("2025-06-30T02:00:00Z"), validUntil);
        if (contactOn != null) {
            s = s.withContact(Content.REASSESSMENT, contactOn);
        }
        List<Reminder> reminders = s.reminders(RULES);
        if (dueOn == null) {
            assertEquals(List.of(), reminders);
            return;
        }
        assertEquals(1, reminders.size());
        assertEquals(new Reminder("c1", Content.REASSESSMENT, null, dueOn, ReminderSource.EVENT), reminders.get(0));
    }

    @Test
    void reactivationStartsWhenTheSegmentFallsToStaticAndEndsWhenItTradesAgain() {
        LocalDate fell = LocalDate.of(2026, 4, 1);
        ClientReminders startedStatic = ClientReminders.none("c1").withSegment(false, true, true, fell);
        assertEquals(List.of(), startedStatic.reminders(RULES), "starting STATIC is not a fall");
        ClientReminders fallen = startedStatic.withSegment(false, false, false, fell.minusDays(5))
                .withSegment(false, true, false, fell);
        assertEquals(List.of(new Reminder("c1", Content.REACTIVATION, null, fell, ReminderSource.EVENT)),
                fallen.reminders(RULES));
        assertEquals(fallen, fallen.withSegment(true, true, false, fell.plusDays(7)), "staying STATIC keeps the day");
        assertEquals(List.of(), fallen.withSegment(true, false, false, fell.plusDays(9)).reminders(RULES));
        assertEquals(List.of(), fallen.withContact(Content.REACTIVATION, fell).reminders(RULES));
    }

    @Test
    void theLatestNeedsReplaceEarlierOnesAndALateOlderRecordChangesNothing() {
        Instant first = Instant.parse("2026-03-01T02:00:00Z");
        ClientReminders s = ClientReminders.none("c1")
                .withNeeds(List.of(new ReminderPreference(Content.MARKET_ALERT, Channel.SMS, Frequency.DAILY)),
                        Channel.SMS, "PERFECT", first, RECORDED)
                .withNeeds(List.of(new ReminderPreference(Content.STRATEGY, Channel.EMAIL, Frequency.WEEKLY)),
                        Channel.EMAIL, "POPULAR", first.plusSeconds(86_400), RECORDED.plusDays(1));
        ClientReminders late = s.withNeeds(List.of(), null, null, first.plusSeconds(60), RECORDED);
        assertEquals(s, late);
        assertEquals(List.of(new Reminder("c1", Content.STRATEGY, Channel.EMAIL, RECORDED.plusDays(8),
                ReminderSource.PREFERENCE)), s.reminders(RULES));
        assertEquals(Channel.EMAIL, s.channel());
        assertEquals("POPULAR", s.personality());
    }
}
