package dev.kehu.profiling.needs;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.config.TimeParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** docs/domain.md#service-needs: what a client needs, recorded by advisors, and what the rules suggest. */
@Path("/api/v1/clients/{clientId}/service-needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service needs", description = "A client's service needs and the suggested ones (docs/domain.md#service-needs)")
public class NeedsResource {

    static final String EXAMPLE = """
            {"emotionalNeeds": ["RESPECT", "PRIVACY"], "informationStyle": "PASSIVE", "decisionStyle": "SELF",
             "horizon": "LONG", "orientation": "VALUE",
             "reminders": [{"content": "STRATEGY", "channel": "WECHAT", "frequency": "WEEKLY"}],
             "consultation": {"topics": ["资产配置"], "channel": "VISIT", "advisorId": "adv-007"},
             "requirements": {"MUST": ["TIMELY_CONCISE_INFO", "ACTIONABLE_OPTIONS"],
                              "EXPECTED": ["ASSET_SAFETY", "PRIVACY"], "DELIGHT": ["EXCLUSIVITY"]},
             "secondaryPersonality": "PERFECT", "secondaryInvestorAttitude": "STEADY"}""";

    @Inject
    NeedsService service;

    @Inject
    ProfilingConfig config;

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putServiceNeeds",
            summary = "Record the client's service needs (replaces the previous ones); published on profiling.client-needs")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NeedsRequest.class),
            examples = @ExampleObject(name = "needs", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "the needs as stored, with the stream version (also the ETag)",
            content = @Content(schema = @Schema(implementation = ServiceNeedsView.class)))
    @APIResponse(responseCode = "400", description = "invalid needs, the fields named")
    @APIResponse(responseCode = "409", description = "If-Match names another version")
    public Response put(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
                        NeedsRequest body) {
        return tagged(service.record(clientId, body, ETags.expectedVersion(ifMatch)));
    }

    /** A client reads its own needs only (the library's OwnClientOnly compares the path with the token). */
    @GET
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "getServiceNeeds", summary = "The client's service needs, live or as of a moment")
    @APIResponse(responseCode = "200", description = "the needs; ETag is the stream version",
            content = @Content(schema = @Schema(implementation = ServiceNeedsView.class)))
    @APIResponse(responseCode = "404", description = "no needs recorded (by then)")
    public Response get(@PathParam("clientId") String clientId, @QueryParam("asOf") String asOf) {
        return tagged(service.needs(clientId, TimeParams.asOf(asOf, config.zone())));
    }

    @GET
    @Path("/suggested")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getSuggestedServiceNeeds",
            summary = "Needs suggested by the versioned rules from the client's facets and latest assessment")
    @APIResponse(responseCode = "200", description = "the rule that matched and why, or ruleId null and nothing suggested",
            content = @Content(schema = @Schema(implementation = SuggestionView.class)))
    @APIResponse(responseCode = "404", description = "unknown client")
    public SuggestionView suggested(@PathParam("clientId") String clientId) {
        return service.suggested(clientId);
    }

    private static Response tagged(ServiceNeedsView view) {
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
