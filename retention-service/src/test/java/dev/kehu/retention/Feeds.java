package dev.kehu.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.kehu.testsupport.KafkaTestClient;

/** The four feeds as a test sends them: real CloudEvents on the real topics. */
final class Feeds {

    static final String SEGMENTS = "segmentation.segment-changed";
    static final String BALANCES = "backoffice.balances";
    static final String ACCOUNT_EVENTS = "backoffice.account-events";
    static final String SURVEYS = "profiling.service-survey-completed";

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
}
