package dev.kehu.console;

import static dev.kehu.console.ConsoleBrowserTest.awaitJson;
import static dev.kehu.console.ConsoleBrowserTest.balance;
import static dev.kehu.console.ConsoleBrowserTest.post;
import static dev.kehu.console.ConsoleBrowserTest.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 25 end to end across the services, on the real broker: a client's needs recorded in profiling
 * reach retention as reminder preferences (docs/domain.md#reminders); a strategy call of ten days ago
 * leaves the weekly STRATEGY reminder overdue in the advisor's book and next actions; a call with
 * another content does not clear it, one with STRATEGY does.
 */
@QuarkusTest
@WithTestResource(value = RealSuite.class, scope = TestResourceScope.MATCHING_RESOURCES)
class NeedsToRemindersSuiteTest {

    private static final String CLIENT = "C-NEEDS";
    private static final String ADVISOR = "suite.advisor";

    @Test
    void needsInProfilingBecomeRemindersInRetentionThatTheMatchingContactClears() {
        try (KafkaTestClient kafka = new KafkaTestClient(RealSuite.kafka())) {
            balance(kafka, CLIENT, LocalDate.now(ZoneOffset.UTC), new BigDecimal("800000.00"));
            kafka.sendCloudEvent("backoffice.account-events", "evt-advisor-" + CLIENT, "backoffice.account.event.v1",
                    CLIENT, "{\"eventId\":\"A-" + CLIENT + "\",\"clientId\":\"" + CLIENT + "\",\"occurredAt\":\""
                            + Instant.now().minus(Duration.ofHours(1)) + "\",\"kind\":\"ADVISOR_ASSIGNED\",\"advisorId\":\""
                            + ADVISOR + "\"}");
        }
        awaitJson("retention-service", "/api/v1/clients/" + CLIENT + "/service-plan", CLIENT); // classified
        awaitJson("retention-service", "/api/v1/advisors/" + ADVISOR + "/clients", CLIENT);
        put("profiling-service", "/api/v1/clients/" + CLIENT + "/service-needs", """
                {"emotionalNeeds":["RESPECT"],"horizon":"LONG",
                 "reminders":[{"content":"STRATEGY","channel":"PHONE","frequency":"WEEKLY"},
                              {"content":"MARKET_ALERT","channel":"WECHAT","frequency":"DAILY"}],
                 "requirements":{"MUST":["TIMELY_CONCISE_INFO"],"EXPECTED":[],"DELIGHT":[]}}""");
        awaitJson("retention-service", "/api/v1/clients/" + CLIENT + "/reminders", "\"content\":\"MARKET_ALERT\"");

        contact("STRATEGY", Instant.now().minus(Duration.ofDays(10)));
        String overdue = awaitJson("retention-service", "/api/v1/reminders/due?advisorId=" + ADVISOR + "&content=STRATEGY",
                "\"clientId\":\"" + CLIENT + "\"");
        assertThat(overdue).contains("\"channel\":\"PHONE\"", "\"source\":\"PREFERENCE\"");
        assertThat(overdueDays(overdue)).as("weekly, last call ten days ago").isBetween(2, 4);
        awaitJson("retention-service", "/api/v1/advisors/" + ADVISOR + "/next-actions", "\"kind\":\"REMINDER\"");

        contact("MARKET_ALERT", Instant.now().minus(Duration.ofMinutes(5)));
        awaitJson("retention-service", "/api/v1/clients/" + CLIENT + "/contacts", "\"reminderContent\":\"MARKET_ALERT\"");
        assertThat(awaitJson("retention-service", "/api/v1/reminders/due?advisorId=" + ADVISOR + "&content=STRATEGY",
                "\"items\"")).as("a call about something else leaves it due").contains("\"clientId\":\"" + CLIENT + "\"");

        contact("STRATEGY", Instant.now().minus(Duration.ofMinutes(1)));
        awaitJson("retention-service", "/api/v1/reminders/due?advisorId=" + ADVISOR + "&content=STRATEGY", "\"total\":0");
    }

    private static void contact(String reminderContent, Instant at) {
        post("retention-service", "/api/v1/clients/" + CLIENT + "/contacts", "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\","
                + "\"purpose\":\"STRATEGY_REMINDER\",\"occurredAt\":\"" + at + "\",\"notes\":\"策略回访\",\"reminderContent\":\""
                + reminderContent + "\"}");
    }

    private static int overdueDays(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"overdueDays\":(\\d+)").matcher(page);
        assertThat(m.find()).as("overdueDays in %s", page).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
