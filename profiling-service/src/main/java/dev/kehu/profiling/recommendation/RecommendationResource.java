package dev.kehu.profiling.recommendation;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** docs/domain.md#recommendations 推荐服务. */
@Path("/api/v1/clients/{clientId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "recommendations", description = "The allocation in products the client may buy (docs/domain.md#recommendations)")
public class RecommendationResource {

    @Inject
    RecommendationService service;

    /** A client reads its own only (the library's OwnClientOnly compares the path with the token). */
    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "getRecommendations",
            summary = "Per allocation bucket: the share allowed by the risk category and the suitable products on sale")
    @APIResponse(responseCode = "200", description = "status OK with buckets, or NO_VALID_ASSESSMENT without",
            content = @Content(schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "invalid clientId")
    @APIResponse(responseCode = "404", description = "unknown client")
    public RecommendationView recommendations(@PathParam("clientId") String clientId) {
        return service.recommend(clientId);
    }
}
