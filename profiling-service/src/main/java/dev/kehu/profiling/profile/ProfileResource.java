package dev.kehu.profiling.profile;

import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.security.Roles;
import dev.kehu.profiling.client.domain.ClientCommand.RecordInvestorAttitude;
import dev.kehu.profiling.client.domain.ClientCommand.RecordPersonality;
import dev.kehu.profiling.client.domain.ClientCommand.RecordSocialBackground;
import dev.kehu.profiling.common.ProfilingConfig;
import dev.kehu.profiling.common.TimeParams;
import dev.kehu.profiling.profile.FacetRequests.HouseholdRequest;
import dev.kehu.profiling.profile.FacetRequests.InvestorAttitudeRequest;
import dev.kehu.profiling.profile.FacetRequests.PersonalityRequest;
import dev.kehu.profiling.profile.FacetRequests.SocialBackgroundRequest;
import dev.kehu.profiling.profile.domain.InvestorAttitude;
import dev.kehu.profiling.profile.domain.Personality;
import dev.kehu.profiling.profile.domain.SocialBackground;
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
    public Response profile(@PathParam("clientId") String clientId, @QueryParam("asOf") String asOf) {
        return tagged(service.profile(clientId, asOf == null ? null
                : TimeParams.instantOrDate("asOf", asOf, config.zone())));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/household")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response household(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            HouseholdRequest body) {
        return tagged(service.household(clientId, body, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/social-background")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response socialBackground(@PathParam("clientId") String clientId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, SocialBackgroundRequest body) {
        return tagged(service.facet(clientId, SocialBackground.class, "background",
                body == null ? null : body.background(), RecordSocialBackground::new, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/personality")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response personality(@PathParam("clientId") String clientId, @HeaderParam(ETags.IF_MATCH) String ifMatch,
            PersonalityRequest body) {
        return tagged(service.facet(clientId, Personality.class, "personality",
                body == null ? null : body.personality(), RecordPersonality::new, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER})
    @Path("/clients/{clientId}/investor-attitude")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response investorAttitude(@PathParam("clientId") String clientId,
            @HeaderParam(ETags.IF_MATCH) String ifMatch, InvestorAttitudeRequest body) {
        return tagged(service.facet(clientId, InvestorAttitude.class, "group",
                body == null ? null : body.group(), RecordInvestorAttitude::new, ETags.expectedVersion(ifMatch)));
    }

    private static Response tagged(ProfileView profile) {
        return Response.ok(profile).tag(ETags.of(profile.version())).build();
    }
}
