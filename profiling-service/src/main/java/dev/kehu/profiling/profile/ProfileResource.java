package dev.kehu.profiling.profile;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.problem.Problem;

import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.domain.client.ClientCommand.RecordInvestorAttitude;
import dev.kehu.profiling.domain.client.ClientCommand.RecordPersonality;
import dev.kehu.profiling.domain.client.ClientCommand.RecordSocialBackground;
import dev.kehu.profiling.common.ProfilingConfig;
import dev.kehu.profiling.common.TimeParams;
import dev.kehu.profiling.profile.FacetRequests.HouseholdRequest;
import dev.kehu.profiling.profile.FacetRequests.InvestorAttitudeRequest;
import dev.kehu.profiling.profile.FacetRequests.PersonalityRequest;
import dev.kehu.profiling.profile.FacetRequests.SocialBackgroundRequest;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;
import jakarta.annotation.security.RolesAllowed;
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

/** SPEC §5 profile, and the facet PUTs of SPEC §2 "Other profile facets". */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "profiles", description = "Client profiles: risk, facets, the profile list")
public class ProfileResource {

    private final ProfileService service;
    private final ProfilingConfig config;

    public ProfileResource(ProfileService service, ProfilingConfig config) {
        this.service = service;
        this.config = config;
    }

    /** Staff only: as the README's role table says, a client does not read a profile, not even its own. */
    @GET
    @Path("/clients/{clientId}/profile")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getProfile", summary = "The latest assessment plus every facet, live or as of a moment")
    @APIResponse(responseCode = "200", description = "The latest assessment plus every facet, live or as of a moment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "404", description = "unknown client",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response profile(@PathParam("clientId") String clientId, @QueryParam("asOf") String asOf) {
        return tagged(service.profile(clientId, asOf == null ? null
                : TimeParams.instantOrDate("asOf", asOf, config.zone())));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/household")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putHousehold", summary = "Record the household; the life-cycle stage and life phase are derived")
    @APIResponse(responseCode = "200", description = "Record the household; the life-cycle stage and life phase are derived",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "invalid input, the fields named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response household(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            HouseholdRequest body) {
        return tagged(service.household(clientId, body, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/social-background")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSocialBackground", summary = "Record the social background")
    @APIResponse(responseCode = "200", description = "Record the social background",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "invalid input, the fields named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response socialBackground(@PathParam("clientId") String clientId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, SocialBackgroundRequest body) {
        return tagged(service.facet(clientId, SocialBackground.class, "background",
                body == null ? null : body.background(), RecordSocialBackground::new, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/personality")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putPersonality", summary = "Record the personality")
    @APIResponse(responseCode = "200", description = "Record the personality",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "invalid input, the fields named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response personality(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            PersonalityRequest body) {
        return tagged(service.facet(clientId, Personality.class, "personality",
                body == null ? null : body.personality(), RecordPersonality::new, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/investor-attitude")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putInvestorAttitude", summary = "Record the investor attitude group")
    @APIResponse(responseCode = "200", description = "Record the investor attitude group",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", description = "invalid input, the fields named",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response investorAttitude(@PathParam("clientId") String clientId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, InvestorAttitudeRequest body) {
        return tagged(service.facet(clientId, InvestorAttitude.class, "group",
                body == null ? null : body.group(), RecordInvestorAttitude::new, ETags.expectedVersion(ifMatch)));
    }

    private static Response tagged(ProfileView profile) {
        return Response.ok(profile).tag(ETags.of(profile.version())).build();
    }
}
