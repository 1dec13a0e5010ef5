package dev.kehu.segmentation.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.Problem;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.segmentation.config.SegmentationConfig;
import dev.kehu.segmentation.domain.segment.Activity;
import dev.kehu.segmentation.domain.segment.Priority;
import dev.kehu.segmentation.domain.segment.Segment;
import dev.kehu.segmentation.domain.segment.Size;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The segmentation endpoints (docs/contract.md#segmentation-service-8082): reads for the branch's staff (advisor,
 * manager, auditor); no client role.
 * Every 4xx is problem+json (400 names the parameter).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(name = "segments", description = "Client segments (size × activity): a client's segment and its history, "
        + "the 3 × 3 summary, the client list behind each cell, recent changes")
@APIResponse(responseCode = "400", description = "an unknown or malformed parameter, named in errors[].field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "no token, or an invalid one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "the token's role may not read segments (a client token)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SegmentResource {

    /** {@code sort} of the client list → entity fields; ties by clientId. */
    static final Map<String, String> CLIENT_SORTS = Map.of("clientId", "clientId", "averageAssets", "averageAssets",
            "turnover", "turnover", "asOf", "asOf", "segment", "segment");

    /** {@code sort} of the change feed → entity fields; ties newest first per client. */
    static final Map<String, String> CHANGE_SORTS = Map.of("asOf", "asOf", "clientId", "clientId",
            "averageAssets", "averageAssets");

    static final String SEGMENT_EXAMPLE = "{\"clientId\":\"C-1001\",\"segment\":\"MEDIUM_SHORT_TERM\",\"size\":\"MEDIUM\","
            + "\"activity\":\"SHORT_TERM\",\"priority\":\"IMPORTANT\",\"serviceTier\":\"VALUE_ADDED\","
            + "\"averageAssets\":4000000.00,\"turnover\":2.0500,\"asOf\":\"2026-03-31\"}";

    static final String CHANGE_EXAMPLE = "{\"clientId\":\"C-1001\",\"version\":6,\"previousSegment\":\"MEDIUM_STABLE\","
            + "\"segment\":\"MEDIUM_SHORT_TERM\",\"size\":\"MEDIUM\",\"activity\":\"SHORT_TERM\",\"priority\":\"IMPORTANT\","
            + "\"averageAssets\":4000000.00,\"turnover\":2.0500,\"asOf\":\"2026-03-31\"}";

    @Inject
    SegmentQueries queries;

    @Inject
    SegmentationConfig config;

    @GET
    @Path("/clients/{clientId}/segment")
    @Operation(operationId = "getClientSegment", summary = "A client's segment, now or as it stood on a day",
            description = "Without asOf: the latest evaluation. With asOf: the latest evaluation if it is as of that "
                    + "day or earlier, else the segment of the last change as of that day or earlier.")
    @APIResponse(responseCode = "200", description = "the segment", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientSegmentView.class),
            examples = @ExampleObject(name = "C-1001", value = SEGMENT_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "unknown client, no balance report yet, or none by asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientSegmentView segment(@PathParam("clientId") String clientId,
                                     @Parameter(description = "a day (yyyy-MM-dd) or an RFC 3339 instant (its day "
                                             + "in the exchange's zone)", example = "2026-03-01")
                                     @QueryParam("asOf") String asOf) {
        java.time.LocalDate day = QueryParams.day("asOf", asOf, config.tradingZone());
        return day == null ? queries.segment(clientId) : queries.segment(clientId, day);
    }

    @GET
    @Path("/clients/{clientId}/segment-history")
    @Operation(operationId = "listClientSegmentHistory", summary = "A client's segment changes, newest first")
    @APIResponse(responseCode = "200", description = "one page of changes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentChangePage.class),
            examples = @ExampleObject(name = "C-1001", value = "{\"items\":[" + CHANGE_EXAMPLE
                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    @APIResponse(responseCode = "404", description = "a client without any segment change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SegmentChangeView> history(@PathParam("clientId") String clientId,
                                           @Parameter(description = "from 0") @QueryParam("page") String page,
                                           @Parameter(description = "1–100, default 20") @QueryParam("size")
                                           String size) {
        return queries.history(clientId, PageRequest.parse(page, size));
    }

    @GET
    @Path("/segments/summary")
    @Operation(operationId = "getSegmentSummary", summary = "Client counts by size and activity (the 3 × 3 matrix)")
    @APIResponse(responseCode = "200", description = "the nine counts and the total", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentSummary.class),
            examples = @ExampleObject(name = "branch", value = "{\"LARGE\":{\"SHORT_TERM\":3,\"STABLE\":10,"
                    + "\"STATIC\":4},\"MEDIUM\":{\"SHORT_TERM\":12,\"STABLE\":40,\"STATIC\":25},\"SMALL\":"
                    + "{\"SHORT_TERM\":30,\"STABLE\":120,\"STATIC\":310},\"total\":554}")))
    public SegmentSummary summary() {
        return queries.summary();
    }

    @GET
    @Path("/clients")
    @Operation(operationId = "listClients", summary = "Classified clients by segment, size, activity, priority and "
            + "minimum average assets (the drill-down of the summary)",
            description = "size is both the page size (a number, 1–100, default 20) and the size filter (LARGE, "
                    + "MEDIUM or SMALL): repeat it to give both, e.g. size=LARGE&size=50.")
    @APIResponse(responseCode = "200", description = "one page of clients", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientSegmentPage.class),
            examples = @ExampleObject(name = "MEDIUM_SHORT_TERM", value = "{\"items\":[" + SEGMENT_EXAMPLE
                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<ClientSegmentView> clients(
            @Parameter(description = "<SIZE>_<ACTIVITY>", schema = @Schema(type = SchemaType.STRING,
                    implementation = Segment.class)) @QueryParam("segment") String segment,
            @Parameter(description = "a size code (LARGE, MEDIUM, SMALL) and/or the page size (1–100); repeatable",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
            @QueryParam("size") List<String> size,
            @Parameter(schema = @Schema(type = SchemaType.STRING, implementation = Activity.class))
            @QueryParam("activity") String activity,
            @Parameter(schema = @Schema(type = SchemaType.STRING, implementation = Priority.class))
            @QueryParam("priority") String priority,
            @Parameter(description = "CNY, ≥ 0", example = "500000") @QueryParam("minAverageAssets")
            String minAverageAssets,
            @Parameter(description = "clientId (default), averageAssets, turnover, asOf or segment; '-' first to "
                    + "descend", example = "-averageAssets") @QueryParam("sort") String sort,
            @Parameter(description = "from 0") @QueryParam("page") String page) {
        List<String> sizeCodes = new ArrayList<>();
        List<String> pageSizes = new ArrayList<>();
        for (String value : size == null ? List.<String>of() : size) {
            if (value != null && !value.isBlank()) {
                (value.strip().chars().allMatch(Character::isDigit) ? pageSizes : sizeCodes).add(value.strip());
            }
        }
        if (sizeCodes.size() > 1 || pageSizes.size() > 1) {
            throw ProblemException.badRequest("size", "give at most one size code " + QueryParams.names(Size.class)
                    + " and one page size (1–100)");
        }
        PageRequest paging = PageRequest.parse(page, pageSizes.isEmpty() ? null : pageSizes.get(0));
        SegmentQueries.ClientFilter filter = new SegmentQueries.ClientFilter(
                QueryParams.code(Segment.class, "segment", segment),
                QueryParams.code(Size.class, "size", sizeCodes.isEmpty() ? null : sizeCodes.get(0)),
                QueryParams.code(Activity.class, "activity", activity),
                QueryParams.code(Priority.class, "priority", priority),
                QueryParams.nonNegative("minAverageAssets", minAverageAssets));
        Sort order = QueryParams.sort(sort, CLIENT_SORTS, "clientId", Sort.ascending("clientId"));
        return queries.clients(filter, order, paging);
    }

    @GET
    @Path("/segment-changes")
    @Operation(operationId = "listSegmentChanges", summary = "Recent segment changes of every client, newest first",
            description = "Changes as of since or later (event time: the balance day of the classification).")
    @APIResponse(responseCode = "200", description = "one page of changes", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SegmentChangePage.class),
            examples = @ExampleObject(name = "since 2026-03-01", value = "{\"items\":[" + CHANGE_EXAMPLE
                    + "],\"page\":0,\"size\":20,\"total\":1}")))
    public Page<SegmentChangeView> changes(
            @Parameter(description = "a day (yyyy-MM-dd, inclusive) or an RFC 3339 instant (its day in the "
                    + "exchange's zone)", example = "2026-03-01") @QueryParam("since") String since,
            @Parameter(description = "only changes into this segment", schema = @Schema(type = SchemaType.STRING,
                    implementation = Segment.class)) @QueryParam("segment") String segment,
            @Parameter(description = "-asOf (default), asOf, clientId or averageAssets; '-' first to descend")
            @QueryParam("sort") String sort,
            @Parameter(description = "from 0") @QueryParam("page") String page,
            @Parameter(description = "1–100, default 20") @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        Sort order = QueryParams.sort(sort, CHANGE_SORTS, "-asOf",
                Sort.descending("asOf").and("clientId").and("version", Sort.Direction.Descending));
        return queries.changes(QueryParams.day("since", since, config.tradingZone()),
                QueryParams.code(Segment.class, "segment", segment), order, paging);
    }

    /** OpenAPI names for the typed pages (a generator makes one class of each); the JSON is {@link Page}'s. */
    @Schema(name = "ClientSegmentPage")
    record ClientSegmentPage(@Schema(required = true) List<ClientSegmentView> items, int page, int size, long total) {
    }

    @Schema(name = "SegmentChangePage")
    record SegmentChangePage(@Schema(required = true) List<SegmentChangeView> items, int page, int size, long total) {
    }
}
