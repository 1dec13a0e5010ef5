package dev.kehu.eventstore.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.DataReader;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;

/**
 * An advisor recorded what a client needs (docs/contract.md#topics-and-events, {@code profiling.client-needs};
 * docs/domain.md#service-needs): published by profiling, consumed by retention, which turns the reminder
 * preferences into reminders due and shows the personality beside the client's next actions.
 *
 * @param requirements requirement codes by level: {@code MUST}, {@code EXPECTED}, {@code DELIGHT}
 * @param personality  the primary personality facet's code, when recorded
 */
public record ClientNeedsRecorded(String clientId, List<Reminder> reminders, Consultation consultation,
                                  Map<String, List<String>> requirements,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String personality,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String secondaryPersonality,
                                  Instant recordedAt) {

    public static final String TOPIC = "profiling.client-needs";
    public static final String TYPE = "profiling.client-needs.recorded.v1";

    public static final Set<String> CONTENTS = Set.of("MARKET_ALERT", "STRATEGY", "PORTFOLIO_REVIEW", "REASSESSMENT",
            "REACTIVATION", "NEW_PRODUCT", "EVENT_INVITATION");
    public static final Set<String> CHANNELS = Set.of("PHONE", "VISIT", "WECHAT", "SMS", "EMAIL");
    /** One preference per content and channel (7 × 5), as the schema says. */
    public static final int MAX_REMINDERS = 35;
    public static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY");

    /** How often the client wants which content, and by which channel. */
    public record Reminder(String content, String channel, String frequency) {
    }

    /** What the client likes to consult on, by which channel, with whom. */
    public record Consultation(List<String> topics, String channel,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String advisorId) {
    }

    /**
     * Reads what a consumer acts on (the client, the reminder preferences, the consultation channel and the
     * personality), naming every problem at once; the record key must be the client.
     */
    public static ClientNeedsRecorded decode(IncomingCloudEvent e) throws InvalidMessageException {
        return e.decode(TYPE, ClientNeedsRecorded::clientId, r -> new ClientNeedsRecorded(r.text("clientId"),
                reminders(e.data().get("reminders"), r), new Consultation(List.of(), channel(e.data(), r), null),
                Map.of(), r.optionalText("personality"), r.optionalText("secondaryPersonality"),
                r.instant("recordedAt")));
    }

    /** The consultation's channel, when given: the one part of it a consumer acts on. */
    private static String channel(JsonNode data, DataReader r) {
        JsonNode c = data.get("consultation");
        String channel = c == null || c.isNull() ? null : c.path("channel").asText(null);
        if (channel != null && !CHANNELS.contains(channel)) {
            r.reject("consultation.channel has unknown code " + channel);
        }
        return channel;
    }

    private static List<Reminder> reminders(JsonNode node, DataReader r) {
        List<Reminder> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray() || node.size() > MAX_REMINDERS) {
            r.reject("reminders must be an array of at most " + MAX_REMINDERS + " preferences");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode p = node.get(i);
            String content = p.path("content").asText("");
            String channel = p.path("channel").asText("");
            String frequency = p.path("frequency").asText("");
            if (!CONTENTS.contains(content) || !CHANNELS.contains(channel) || !FREQUENCIES.contains(frequency)) {
                r.reject("reminders[" + i + "] needs a known content, channel and frequency");
            } else {
                out.add(new Reminder(content, channel, frequency));
            }
        }
        return out;
    }
}
