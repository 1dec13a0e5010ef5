package dev.kehu.retention.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.signal.RiskLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The read side besides the task queue: churn risk and its list, outcome statistics, reactivation list.
 * Staff read it (the class's roles); the statistics are for managers and auditors.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(name = "churn", description = "Churn risk per client and across clients, outcomes, reactivation candidates")
public class RetentionQueryResource {

    /** Outside these an asOf is a typo, not a question about the branch's clients. */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    @Inject
    ChurnRiskQueries risks;

    @Inject
    TaskQueries tasks;

    @Inject
    ReactivationQueries reactivation;

    @Inject
    ChurnRules rules;

    @Inject
    Clock clock;

    /** The risk as of {@code asOf} (RFC 3339, default now): the trailing window ends there. */
    @GET
    @Path("/clients/{clientId}/churn-risk")
    @Operation(operationId = "getChurnRisk", summary = "A client's churn risk, with every number explained")
    @APIResponse(responseCode = "200", description = "the risk at asOf",
            content = @Content(schema = @Schema(implementation = ChurnRiskQueries.ChurnRisk.class),
                    examples = @ExampleObject(name = "high", value = """
                            {"clientId":"C001","riskScore":65,"riskLevel":"HIGH","asOf":"2026-03-21T02:00:00Z",
                             "windowStart":"2026-02-19T02:00:00Z","uncappedScore":65,"scoreCap":100,"alertScore":50,
                             "explanation":"2 signal(s) … weigh 65: score 65 is HIGH; an alert is raised from 50",
                             "signals":[{"signalId":"9b…","kind":"ASSET_OUTFLOW","occurredAt":"2026-03-20T07:00:00Z",
                                         "weight":40,"detail":"total assets fell 42% …"}],"openTaskId":"5d0e…"}""")))
    @APIResponse(responseCode = "404", description = "the service knows no such client")
    public ChurnRiskQueries.ChurnRisk churnRisk(@PathParam("clientId") String clientId,
                                                @Parameter(description = "RFC 3339; default now")
                                                @QueryParam("asOf") String asOf) {
        return risks.churnRisk(clientId, asOf == null || asOf.isBlank() ? clock.instant() : instant(asOf));
    }

    @GET
    @Path("/churn-risks")
    @Operation(operationId = "listChurnRisks",
            summary = "Every client with a signal in the window, highest score first (below the alert line too)")
    @APIResponse(responseCode = "200", description = "a page of clients and their risk now",
            content = @Content(schema = @Schema(implementation = ChurnRiskPage.class)))
    public Page<ChurnRiskQueries.ChurnRiskRow> churnRisks(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"LOW", "MEDIUM", "HIGH", "CRITICAL"}))
            @QueryParam("level") String level,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100"))
            @QueryParam("minScore") String minScore, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        RiskLevel l = null;
        if (level != null && !level.isBlank()) {
            try {
                l = RiskLevel.valueOf(level);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("level", "must be LOW, MEDIUM, HIGH or CRITICAL");
            }
        }
        Integer min = null;
        if (minScore != null && !minScore.isBlank()) {
            try {
                min = Integer.valueOf(minScore.trim());
            } catch (NumberFormatException e) {
                min = -1;
            }
            if (min < 0 || min > rules.scoreCap()) {
                throw ProblemException.badRequest("minScore", "must be a whole number from 0 to " + rules.scoreCap());
            }
        }
        return risks.list(l, min, clock.instant(), PageRequest.parse(page, size));
    }

    @GET
    @Path("/retention/stats")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getRetentionStats",
            summary = "Outcomes of the tasks opened in a period: overall, by reason, by segment, by advisor")
    @APIResponse(responseCode = "200", description = "the outcomes",
            content = @Content(schema = @Schema(implementation = TaskQueries.Stats.class)))
    public TaskQueries.Stats stats(
            @Parameter(description = "first day (inclusive, trading zone), e.g. 2026-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "last day (inclusive, trading zone), e.g. 2026-03-31")
            @QueryParam("to") String to) {
        LocalDate f = day("from", from);
        LocalDate t = day("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        return tasks.stats(f == null ? null : f.atStartOfDay(rules.tradingZone()).toInstant(),
                t == null ? null : t.plusDays(1).atStartOfDay(rules.tradingZone()).toInstant());
    }

    @GET
    @Path("/reactivation-candidates")
    @Operation(operationId = "listReactivationCandidates",
            summary = "LARGE and MEDIUM clients that are STATIC now, most valuable first (存量客户盘活)")
    @APIResponse(responseCode = "200", description = "a page of candidates",
            content = @Content(schema = @Schema(implementation = CandidatePage.class)))
    public Page<ReactivationQueries.Candidate> reactivationCandidates(@QueryParam("page") String page,
                                                                   @QueryParam("size") String size) {
        return reactivation.candidates(PageRequest.parse(page, size));
    }

    private static LocalDate day(String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (d.getYear() < 1990 || d.getYear() > 2200) {
                throw ProblemException.badRequest(field, "must be between 1990 and 2200");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be a date, e.g. 2026-03-01");
        }
    }

    private static Instant instant(String s) {
        try {
            Instant i = OffsetDateTime.parse(s).toInstant();
            if (i.isBefore(EARLIEST) || i.isAfter(LATEST)) {
                throw ProblemException.badRequest("asOf", "must be between 1990 and 2200");
            }
            return i;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "must be an RFC 3339 date-time, e.g. 2026-03-20T07:00:00Z");
        }
    }

    /** A page of churn risks (for the OpenAPI schema). */
    @Schema(name = "ChurnRiskPage")
    public record ChurnRiskPage(List<ChurnRiskQueries.ChurnRiskRow> items, int page, int size, long total) {
    }

    /** A page of reactivation candidates (for the OpenAPI schema). */
    @Schema(name = "CandidatePage")
    public record CandidatePage(List<ReactivationQueries.Candidate> items, int page, int size, long total) {
    }
}
