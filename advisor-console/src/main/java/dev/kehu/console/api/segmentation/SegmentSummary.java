package dev.kehu.console.api.segmentation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Client counts by size (rows) and activity (cells): the home page's 3×3 matrix. */
public record SegmentSummary(@JsonProperty("LARGE") Counts large, @JsonProperty("MEDIUM") Counts medium,
        @JsonProperty("SMALL") Counts small, long total) {

    /** The rows' size codes and the cells' activity codes, as the service names the fields. */
    public static final List<String> SIZES = List.of("LARGE", "MEDIUM", "SMALL");
    public static final List<String> ACTIVITIES = List.of("SHORT_TERM", "STABLE", "STATIC");

    /** One size's clients by activity. */
    public record Counts(@JsonProperty("SHORT_TERM") long shortTerm, @JsonProperty("STABLE") long stable,
            @JsonProperty("STATIC") long staticCount) {

        long of(String activity) {
            return switch (activity) {
                case "SHORT_TERM" -> shortTerm;
                case "STABLE" -> stable;
                case "STATIC" -> staticCount;
                default -> 0;
            };
        }
    }

    /** The clients of one size and activity; none where the service left the size out. */
    public long count(String size, String activity) {
        Counts counts = switch (size) {
            case "LARGE" -> large;
            case "MEDIUM" -> medium;
            case "SMALL" -> small;
            default -> null;
        };
        return counts == null ? 0 : counts.of(activity);
    }
}
