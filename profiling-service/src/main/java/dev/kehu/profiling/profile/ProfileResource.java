package dev.kehu.profiling.profile;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.domain.client.ClientCommand.RecordInvestorAttitude;
import dev.kehu.profiling.domain.client.ClientCommand.RecordPersonality;
import dev.kehu.profiling.domain.client.ClientCommand.RecordSocialBackground;
import dev.kehu.profiling.config.ProfilingConfig;
import dev.kehu.profiling.config.TimeParams;
import dev.kehu.profiling.profile.FacetRequests.HouseholdRequest;
import dev.kehu.profiling.profile.FacetRequests.InvestorAttitudeRequest;
import dev.kehu.profiling.profile.FacetRequests.PersonalityRequest;
import dev.kehu.profiling.profile.FacetRequests.SocialBackgroundRequest;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;
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

/**
 * docs/contract.md#rest-conventions profile, and the facet PUTs of docs/domain.md#facets "Other profile facets": advisors and managers record
 * facets, and every operation answers the whole profile with its version as the ETag.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
@Tag(name = "profiles", description = "Client profiles: risk, facets, the profile list")
@APIResponse(responseCode = "200", description = "The latest assessment plus every facet; ETag is the profile's version",
        content = @Content(schema = @Schema(implementation = ProfileView.class)))
@APIResponse(responseCode = "400", description = "invalid input, the fields named")
public class ProfileResource {

    @Inject
    ProfileService service;

    @Inject
    ProfilingConfig config;

    /** Staff only: as the README's role table says, a client does not read a profile, not even its own. */
    @GET
    @Path("/clients/{clientId}/profile")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getProfile", summary = "The latest assessment plus every facet, live or as of a moment")
    @APIResponse(responseCode = "404", description = "unknown client")
    public Response profile(@PathParam("clientId") String clientId, @QueryParam("asOf") String asOf) {
        return tagged(service.profile(clientId, TimeParams.asOf(asOf, config.zone())));
    }

    @PUT
    @Path("/clients/{clientId}/household")
    @Operation(operationId = "putHousehold", summary = "Record the household; the life-cycle stage and life phase are derived")
    public Response household(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            HouseholdRequest body) {
        return tagged(service.household(clientId, body, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/clients/{clientId}/social-background")
    @Operation(operationId = "putSocialBackground", summary = "Record the social background")
    public Response socialBackground(@PathParam("clientId") String clientId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, SocialBackgroundRequest body) {
        return tagged(service.facet(clientId, SocialBackground.class, "background",
                body == null ? null : body.background(), RecordSocialBackground::new, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/clients/{clientId}/personality")
    @Operation(operationId = "putPersonality", summary = "Record the personality")
    public Response personality(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            PersonalityRequest body) {
        return tagged(service.facet(clientId, Personality.class, "personality",
                body == null ? null : body.personality(), RecordPersonality::new, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/clients/{clientId}/investor-attitude")
    @Operation(operationId = "putInvestorAttitude", summary = "Record the investor attitude group")
    public Response investorAttitude(@PathParam("clientId") String clientId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, InvestorAttitudeRequest body) {
        return tagged(service.facet(clientId, InvestorAttitude.class, "group",
                body == null ? null : body.group(), RecordInvestorAttitude::new, ETags.expectedVersion(ifMatch)));
    }

    private static Response tagged(ProfileView profile) {
        return Response.ok(profile).tag(ETags.of(profile.version())).build();
    }
}
