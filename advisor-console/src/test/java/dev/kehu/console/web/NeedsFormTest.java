package dev.kehu.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import dev.kehu.console.api.profiling.ServiceNeeds;
import dev.kehu.console.api.retention.NextAction;

/** The service-needs form read back from its fields, and where a next action and a preferred channel point. */
class NeedsFormTest {

    static final List<String> CODES = List.of("TIMELY_CONCISE_INFO", "PRIVACY", "FUND_SAFETY");

    @Test
    void theFormBecomesOnePutWithEachRequirementInOneLevelAndOnlyTheRemindersGiven() {
        MultivaluedHashMap<String, String> f = new MultivaluedHashMap<>();
        f.putSingle("TIMELY_CONCISE_INFO", "MUST");
        f.putSingle("PRIVACY", "EXPECTED");
        f.putSingle("FUND_SAFETY", "");
        f.put("reminderContent", List.of("MARKET_ALERT", ""));
        f.put("reminderChannel", List.of("WECHAT", ""));
        f.put("reminderFrequency", List.of("WEEKLY", ""));
        f.putSingle("topics", "bonds, and rates\n\n  pensions ");
        f.putSingle("orientation", "VALUE");
        f.putSingle("secondaryPersonality", "PERFECT");

        ServiceNeeds.Request put = NeedsForm.typed(f, CODES).request();
        assertThat(put.requirements()).isEqualTo(Map.of("MUST", List.of("TIMELY_CONCISE_INFO"), "EXPECTED", List.of("PRIVACY"),
                "DELIGHT", List.of()));
        assertThat(put.reminders()).containsExactly(new ServiceNeeds.Reminder("MARKET_ALERT", "WECHAT", "WEEKLY"));
        assertThat(put.consultation().topics()).containsExactly("bonds, and rates", "pensions");
        assertThat(put.consultation().channel()).isNull();
        assertThat(put.orientation()).isEqualTo("VALUE");
        assertThat(put.informationStyle()).as("blank is absent").isNull();
        assertThat(put.secondaryPersonality()).as("kept as recorded").isEqualTo("PERFECT");
    }

    @Test
    void aRefusedFormComesBackAsTypedTopicsWithCommasWhole() {
        // FormState keeps each field's values joined by commas
        Map<String, String> given = Map.of("PRIVACY", "DELIGHT", "reminderContent", "MARKET_ALERT,",
                "reminderChannel", "WECHAT,", "reminderFrequency", ",", "topics", "bonds, rates");
        NeedsForm form = NeedsForm.typed(given, CODES);
        assertThat(form.level("PRIVACY")).isEqualTo("DELIGHT");
        assertThat(form.level("FUND_SAFETY")).isEmpty();
        assertThat(form.reminders()).as("the row as typed, then an empty one")
                .containsExactly(new ServiceNeeds.Reminder("MARKET_ALERT", "WECHAT", ""), new ServiceNeeds.Reminder("", "", ""));
        assertThat(form.topics()).isEqualTo("bonds, rates");
    }

    @Test
    void recordedNeedsComeFirstAndTheirChannelIsTheOnePreferred() {
        ServiceNeeds recorded = new ServiceNeeds(List.of("PRIVACY"), "PASSIVE", null, null, null,
                List.of(new ServiceNeeds.Reminder("STRATEGY", "SMS", "MONTHLY")), null,
                Map.of("MUST", List.of("FUND_SAFETY")), null, null, null);
        assertThat(recorded.preferredChannel()).as("no consultation: the first reminder's").isEqualTo("SMS");
        NeedsForm form = NeedsForm.of(recorded);
        assertThat(form.level("FUND_SAFETY")).isEqualTo("MUST");
        assertThat(form.feels("PRIVACY")).isTrue();
        assertThat(form.reminders()).hasSize(2);
        ServiceNeeds consulted = new ServiceNeeds(List.of(), null, null, null, null, recorded.reminders(),
                new ServiceNeeds.Consultation(List.of("bonds"), "PHONE", null), Map.of(), null, null, null);
        assertThat(consulted.preferredChannel()).isEqualTo("PHONE");
    }

    @Test
    void aTaskIsActedOnOnItsPageEverythingElseOnTheClients() {
        NextAction.Reason why = new NextAction.Reason("CONTACT_DUE", "联系到期", "Contact due");
        assertThat(new NextAction("TASK", "C1", why, null, 0, "P1", null, null, new NextAction.Link("t-1", null)).href())
                .isEqualTo("/tasks/t-1");
        assertThat(new NextAction("CAMPAIGN_MEMBER", "C1", why, null, 2, null, null, null, new NextAction.Link(null, "k")).href())
                .isEqualTo("/clients/C1");
        assertThat(new NextAction("CONTACT_DUE", "C2", why, null, 0, null, null, null, null).href()).isEqualTo("/clients/C2");
    }
}
