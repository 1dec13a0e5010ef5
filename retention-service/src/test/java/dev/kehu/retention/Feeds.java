package dev.kehu.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.kehu.testsupport.KafkaTestClient;

/** The consumed feeds as a test sends them: real CloudEvents on the real topics. */
final class Feeds {

    static final String SEGMENTS = "segmentation.segment-changed";
    static final String BALANCES = "backoffice.balances";
    static final String ACCOUNT_EVENTS = "backoffice.account-events";
    static final String SURVEYS = "profiling.service-survey-completed";
    static final String CLIENT_NEEDS = "profiling.client-needs";
    static final String QUESTIONNAIRES = "profiling.questionnaire-completed";

    private final KafkaTestClient kafka;

    Feeds(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    static String newClient(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String accountEvent(String clientId, String kind, Instant at, String amount) {
        return kafka.sendCloudEvent(ACCOUNT_EVENTS, "backoffice.account.event.v1", clientId,
                accountEventJson(clientId, kind, at, amount));
    }

    static String accountEventJson(String clientId, String kind, Instant at, String amount) {
        return "{\"eventId\":\"" + UUID.randomUUID() + "\",\"clientId\":\"" + clientId + "\",\"occurredAt\":\"" + at
                + "\",\"kind\":\"" + kind + "\"" + (amount == null ? "" : ",\"amount\":" + amount)
                + ",\"note\":\"test\"}";
    }

    void balance(String clientId, String accountId, LocalDate asOf, String totalAssets) {
        kafka.sendCloudEvent(BALANCES, "backoffice.balance.reported.v1", clientId, "{\"clientId\":\"" + clientId
                + "\",\"accountId\":\"" + accountId + "\",\"asOf\":\"" + asOf + "\",\"totalAssets\":" + totalAssets
                + ",\"cash\":" + totalAssets + ",\"marketValue\":0}");
    }

    void segment(String clientId, String previous, String segment, String priority, String averageAssets,
                 LocalDate asOf) {
        int cut = segment.indexOf('_');
        kafka.sendCloudEvent(SEGMENTS, "segmentation.segment.changed.v1", clientId, "{\"clientId\":\"" + clientId
                + "\",\"previousSegment\":" + (previous == null ? "null" : "\"" + previous + "\"")
                + ",\"segment\":\"" + segment + "\",\"size\":\"" + segment.substring(0, cut) + "\",\"activity\":\""
                + segment.substring(cut + 1) + "\",\"priority\":\"" + priority + "\",\"averageAssets\":"
                + new BigDecimal(averageAssets) + ",\"turnover\":0.05,\"asOf\":\"" + asOf + "\"}");
    }

    void survey(String clientId, Instant at, String overallGap) {
        kafka.sendCloudEvent(SURVEYS, "profiling.service-survey.completed.v1", clientId, "{\"surveyId\":\""
                + UUID.randomUUID() + "\",\"clientId\":\"" + clientId + "\",\"completedAt\":\"" + at
                + "\",\"dimensionGaps\":{\"TANGIBLES\":0.2,\"RELIABILITY\":-2.0,\"RESPONSIVENESS\":-1.5,"
                + "\"ASSURANCE\":-0.5,\"EMPATHY\":-1.2},\"overallGap\":" + overallGap + "}");
    }

    /** The back office puts the client in an advisor's book (docs/contract.md#backofficeaccount-events). */
    String advisorAssigned(String clientId, String advisorId, Instant at) {
        return kafka.sendCloudEvent(ACCOUNT_EVENTS, "backoffice.account.event.v1", clientId, "{\"eventId\":\""
                + UUID.randomUUID() + "\",\"clientId\":\"" + clientId + "\",\"occurredAt\":\"" + at
                + "\",\"kind\":\"ADVISOR_ASSIGNED\",\"advisorId\":\"" + advisorId + "\"}");
    }

    /** Profiling recorded the client's needs with one reminder preference. */
    String needs(String clientId, String content, String channel, String frequency, Instant recordedAt) {
        return kafka.sendCloudEvent(CLIENT_NEEDS, "profiling.client-needs.recorded.v1", clientId, needsJson(clientId,
                "[{\"content\":\"" + content + "\",\"channel\":\"" + channel + "\",\"frequency\":\"" + frequency
                        + "\"}]", recordedAt));
    }

    static String needsJson(String clientId, String reminders, Instant recordedAt) {
        return "{\"clientId\":\"" + clientId + "\",\"reminders\":" + reminders + ",\"consultation\":{\"topics\":"
                + "[\"bonds\"],\"channel\":\"WECHAT\"},\"requirements\":{\"MUST\":[\"FUND_SAFETY\"],\"EXPECTED\":[],"
                + "\"DELIGHT\":[]},\"personality\":\"PERFECT\",\"recordedAt\":\"" + recordedAt + "\"}";
    }

    /** Profiling scored an assessment of the client; validUntil null leaves the field out (an old event). */
    String questionnaire(String clientId, Instant completedAt, Instant validUntil) {
        return kafka.sendCloudEvent(QUESTIONNAIRES, "profiling.questionnaire.completed.v1", clientId,
                questionnaireJson(clientId, completedAt, validUntil));
    }

    static String questionnaireJson(String clientId, Instant completedAt, Instant validUntil) {
        return "{\"assessmentId\":\"" + UUID.randomUUID() + "\",\"clientId\":\"" + clientId
                + "\",\"questionnaireVersion\":\"v1\",\"completedAt\":\"" + completedAt + "\",\"capacity\":{\"score\":62,"
                + "\"band\":\"MEDIUM_HIGH\"},\"attitude\":{\"score\":45,\"band\":\"MEDIUM\"},\"allocation\":{\"lowRisk\":"
                + "40,\"mediumRisk\":40,\"highRisk\":20},\"riskCategory\":\"C3\",\"lowestCategory\":false"
                + (validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"") + "}";
    }
}
