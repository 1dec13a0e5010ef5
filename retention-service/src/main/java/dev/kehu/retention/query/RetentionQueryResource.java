package dev.kehu.retention.query;

import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.rest.Page;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The read side of SPEC §5 besides the task queue: churn risk, outcome statistics, reactivation list. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionQueryResource {

    /** Outside these an asOf is a typo, not a question about the branch's clients. */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final ChurnRiskQueries risks;
    private final TaskQueries tasks;
    private final ReactivationQueries reactivation;
    private final Clock clock;

    public RetentionQueryResource(ChurnRiskQueries risks, TaskQueries tasks, ReactivationQueries reactivation,
                                  Clock clock) {
        this.risks = risks;
        this.tasks = tasks;
        this.reactivation = reactivation;
        this.clock = clock;
    }

    /** The risk as of {@code asOf} (RFC 3339, default now): the trailing window ends there. */
    @GET
    @Path("/clients/{clientId}/churn-risk")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public ChurnRiskQueries.ChurnRisk churnRisk(@PathParam("clientId") String clientId,
                                                @QueryParam("asOf") String asOf) {
        return risks.churnRisk(clientId, asOf == null || asOf.isBlank() ? clock.instant() : instant(asOf));
    }

    @GET
    @Path("/retention/stats")
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    public TaskQueries.Stats stats() {
        return tasks.stats();
    }

    @GET
    @Path("/reactivation-candidates")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public Page<ReactivationQueries.Candidate> reactivationCandidates(@QueryParam("page") String page,
                                                                   @QueryParam("size") String size) {
        return reactivation.candidates(PageRequest.parse(page, size));
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
}
