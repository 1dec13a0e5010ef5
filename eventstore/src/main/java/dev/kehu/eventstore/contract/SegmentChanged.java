package dev.kehu.eventstore.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import dev.kehu.eventstore.DataReader;
import dev.kehu.eventstore.IncomingCloudEvent;
import dev.kehu.eventstore.InvalidMessageException;

/**
 * A client's segment changed (docs/contract.md#topics-and-events, docs/domain.md#segmentation, {@code segmentation.segment-changed}): published by
 * segmentation, consumed by retention. Codes travel as the strings of the contract; each service maps
 * them to its own types.
 *
 * @param previousSegment null the first time a client is classified
 */
public record SegmentChanged(String clientId, String previousSegment, String segment, String size, String activity,
                             String priority, BigDecimal averageAssets, BigDecimal turnover, LocalDate asOf) {

    public static final String TOPIC = "segmentation.segment-changed";
    public static final String TYPE = "segmentation.segment.changed.v1";
    public static final Set<String> SIZES = Set.of("LARGE", "MEDIUM", "SMALL");
    public static final Set<String> ACTIVITIES = Set.of("STATIC", "STABLE", "SHORT_TERM");
    public static final Set<String> PRIORITIES = Set.of("KEY", "IMPORTANT", "STANDARD");

    /** Reads the event's data, naming every problem at once; the record key must be the client. */
    public static SegmentChanged decode(IncomingCloudEvent e) throws InvalidMessageException {
        return e.decode(TYPE, SegmentChanged::clientId, r -> {
            SegmentChanged s = new SegmentChanged(r.text("clientId"), r.optionalText("previousSegment"),
                    r.text("segment"), oneOf(r, "size", SIZES), oneOf(r, "activity", ACTIVITIES),
                    oneOf(r, "priority", PRIORITIES), r.nonNegative("averageAssets"), r.nonNegative("turnover"),
                    r.date("asOf"));
            s.checkSegments(r);
            return s;
        });
    }

    /** The rules across fields: a known previous segment, and a segment that is {@code <size>_<activity>}. */
    private void checkSegments(DataReader r) {
        if (previousSegment != null && !isSegment(previousSegment)) {
            r.reject("previousSegment has unknown code " + previousSegment);
        }
        if (segment != null && size != null && activity != null && !segment.equals(size + "_" + activity)) {
            r.reject("segment " + segment + " is not size_activity " + size + "_" + activity);
        }
    }

    /** Whether {@code code} is one of the nine segments, {@code <size>_<activity>}. */
    public static boolean isSegment(String code) {
        int cut = code.indexOf('_');
        return cut > 0 && SIZES.contains(code.substring(0, cut)) && ACTIVITIES.contains(code.substring(cut + 1));
    }

    private static String oneOf(DataReader r, String field, Set<String> codes) {
        String code = r.text(field);
        if (code != null && !codes.contains(code)) {
            r.reject(field + " has unknown code " + code);
            return null;
        }
        return code;
    }
}
