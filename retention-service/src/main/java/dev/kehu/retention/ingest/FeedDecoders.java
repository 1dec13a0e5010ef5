package dev.kehu.retention.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.DataReader;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;
import dev.kehu.eventstore.contract.BalanceReported;
import dev.kehu.retention.client.AccountEventKind;
import dev.kehu.retention.client.Activity;
import dev.kehu.retention.client.ClientCommand;
import dev.kehu.retention.client.ClientPriority;
import dev.kehu.retention.client.Size;

/** Validates the four consumed feeds (SPEC §1); whatever is wrong goes, listed, to the dead-letter topic. */
public final class FeedDecoders {

    public static final String SEGMENT_TYPE = "segmentation.segment.changed.v1";
    public static final String ACCOUNT_TYPE = "backoffice.account.event.v1";
    public static final String SURVEY_TYPE = "profiling.service-survey.completed.v1";
    static final Set<String> DIMENSIONS = Set.of("TANGIBLES", "RELIABILITY", "RESPONSIVENESS", "ASSURANCE", "EMPATHY");

    private FeedDecoders() {
    }

    public static ClientCommand segment(IncomingCloudEvent e) throws InvalidMessageException {
        e.expectType(SEGMENT_TYPE);
        DataReader r = e.read();
        String clientId = r.text("clientId");
        String previous = r.optionalText("previousSegment");
        String segment = r.text("segment");
        Size size = r.code("size", Size.class);
        Activity activity = r.code("activity", Activity.class);
        ClientPriority priority = r.code("priority", ClientPriority.class);
        BigDecimal averageAssets = r.nonNegative("averageAssets");
        BigDecimal turnover = r.nonNegative("turnover");
        LocalDate asOf = r.date("asOf");
        if (previous != null && !isSegment(previous)) {
            r.reject("previousSegment has unknown code " + previous);
        }
        if (segment != null && size != null && activity != null && !segment.equals(size + "_" + activity)) {
            r.reject("segment " + segment + " is not size_activity " + size + "_" + activity);
        }
        e.expectAbout(r, clientId);
        r.validate();
        return new ClientCommand.RecordSegment(clientId, previous, segment, size, activity, priority, averageAssets,
                turnover, asOf, e.id());
    }

    public static ClientCommand balance(IncomingCloudEvent e) throws InvalidMessageException {
        BalanceReported b = BalanceReported.decode(e);
        return new ClientCommand.RecordBalance(b.clientId(), b.accountId(), b.asOf(), b.totalAssets(), b.messageId());
    }

    public static ClientCommand accountEvent(IncomingCloudEvent e) throws InvalidMessageException {
        e.expectType(ACCOUNT_TYPE);
        DataReader r = e.read();
        String eventId = r.text("eventId");
        String clientId = r.text("clientId");
        Instant occurredAt = r.instant("occurredAt");
        AccountEventKind kind = r.code("kind", AccountEventKind.class);
        // only a withdrawal has an amount; on the other kinds it means nothing and is not read
        BigDecimal amount = kind == AccountEventKind.WITHDRAWAL ? r.positive("amount") : null;
        String note = r.optionalText("note");
        e.expectAbout(r, clientId);
        r.validate();
        return new ClientCommand.RecordAccountEvent(clientId, eventId, occurredAt, kind, amount, note, e.id());
    }

    public static ClientCommand survey(IncomingCloudEvent e) throws InvalidMessageException {
        e.expectType(SURVEY_TYPE);
        DataReader r = e.read();
        String surveyId = r.text("surveyId");
        String clientId = r.text("clientId");
        Instant completedAt = r.instant("completedAt");
        BigDecimal overallGap = r.decimal("overallGap");
        Map<String, BigDecimal> gaps = gaps(e.data().get("dimensionGaps"), r);
        e.expectAbout(r, clientId);
        r.validate();
        return new ClientCommand.RecordSurvey(clientId, surveyId, completedAt, gaps, overallGap, e.id());
    }

    private static Map<String, BigDecimal> gaps(JsonNode node, DataReader r) {
        Map<String, BigDecimal> gaps = new LinkedHashMap<>();
        if (node == null || !node.isObject()) {
            r.reject("dimensionGaps must be an object of dimension: number");
            return gaps;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!DIMENSIONS.contains(f.getKey())) {
                r.reject("dimensionGaps has unknown dimension " + f.getKey());
            } else if (!f.getValue().isNumber()) {
                r.reject("dimensionGaps." + f.getKey() + " must be a number");
            } else {
                gaps.put(f.getKey(), f.getValue().decimalValue());
            }
        }
        return gaps;
    }

    private static boolean isSegment(String code) {
        int cut = code.indexOf('_');
        if (cut < 0) {
            return false;
        }
        try {
            Size.valueOf(code.substring(0, cut));
            Activity.valueOf(code.substring(cut + 1));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
