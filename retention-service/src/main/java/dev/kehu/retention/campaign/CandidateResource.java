package dev.kehu.retention.campaign;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The clients a reactivation campaign would target (docs/domain.md#reactivation). */
@Path("/api/v1/reactivation-candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(name = "churn", description = "Churn risk per client and across clients, outcomes, reactivation candidates")
public class CandidateResource {

    @Inject
    CandidateQueries queries;

    @GET
    @Operation(operationId = "listReactivationCandidates",
            summary = "LARGE and MEDIUM clients that are STATIC now, most valuable first (存量客户盘活)")
    @APIResponse(responseCode = "200", description = "a page of candidates",
            content = @Content(schema = @Schema(implementation = CandidatePage.class)))
    public Page<CandidateQueries.Candidate> reactivationCandidates(@QueryParam("page") String page,
                                                                   @QueryParam("size") String size) {
        return queries.candidates(PageRequest.parse(page, size));
    }

    /** A page of reactivation candidates (for the OpenAPI schema). */
    @Schema(name = "CandidatePage")
    public record CandidatePage(List<CandidateQueries.Candidate> items, int page, int size, long total) {
    }
}
