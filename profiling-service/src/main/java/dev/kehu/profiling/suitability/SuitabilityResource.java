package dev.kehu.profiling.suitability;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.config.IdParams;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.config.TimeParams;
import dev.kehu.profiling.suitability.SuitabilityRequests.AcknowledgementRequest;
import dev.kehu.profiling.suitability.SuitabilityRequests.CheckRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** docs/domain.md#suitability-check suitability checks (适当性匹配) and the acknowledgement of a mismatch. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "suitability", description = "Suitability checks of a client against a product (docs/domain.md#suitability-check)")
public class SuitabilityResource {

    @Inject
    SuitabilityService service;

    @Inject
    ProfilingConfig config;

    /** A client checks only for itself (the library's OwnClientOnly compares the path with the token). */
    @POST
    @Path("/clients/{clientId}/suitability-checks")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.CLIENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkSuitability", summary = "Check whether a product suits the client's risk category")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CheckRequest.class),
            examples = @ExampleObject(name = "check", value = "{\"productCode\": \"EQ-GROWTH-01\"}")))
    @APIResponse(responseCode = "201", description = "the check, decided and recorded",
            content = @Content(schema = @Schema(implementation = SuitabilityCheckView.class)))
    @APIResponse(responseCode = "400", description = "invalid clientId or productCode, named")
    @APIResponse(responseCode = "404", description = "unknown product")
    @APIResponse(responseCode = "409", description = "the product is not on sale")
    public Response check(@PathParam("clientId") String clientId, CheckRequest body) {
        SuitabilityCheckView view = service.check(clientId, body);
        return Response.created(URI.create("/api/v1/suitability-checks/" + view.checkId())).entity(view).build();
    }

    @GET
    @Path("/clients/{clientId}/suitability-checks")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "listSuitabilityChecks", summary = "A client's suitability checks, newest first")
    public Page<SuitabilityCheckView> history(@PathParam("clientId") String clientId, @QueryParam("asOf") String asOf,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.parse(page, size);
        return service.history(clientId, TimeParams.asOf(asOf, config.zone()), paging);
    }

    /** A client reads only its own check (compared in code: the path names no client). */
    @GET
    @Path("/suitability-checks/{checkId}")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "getSuitabilityCheck", summary = "One suitability check with its acknowledgement")
    public SuitabilityCheckView one(@PathParam("checkId") String checkId) {
        return service.one(IdParams.uuid("checkId", checkId));
    }

    /** By the client itself (compared in code) or an advisor on its behalf; never by an auditor. */
    @POST
    @Path("/suitability-checks/{checkId}/acknowledgement")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.CLIENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeSuitabilityCheck",
            summary = "Record the client's written acknowledgement of a MISMATCH")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AcknowledgementRequest.class),
            examples = @ExampleObject(name = "acknowledgement", value = "{\"channel\": \"IN_PERSON\", \"statement\": "
                    + "\"本人已知悉该产品风险等级高于本人风险承受能力类别，仍坚持购买。\"}")))
    @APIResponse(responseCode = "200", description = "the check with its acknowledgement",
            content = @Content(schema = @Schema(implementation = SuitabilityCheckView.class)))
    public SuitabilityCheckView acknowledge(@PathParam("checkId") String checkId, AcknowledgementRequest body) {
        return service.acknowledge(IdParams.uuid("checkId", checkId), body);
    }
}
