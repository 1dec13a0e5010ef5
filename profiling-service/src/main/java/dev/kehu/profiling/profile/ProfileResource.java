package dev.kehu.profiling.profile;

import dev.kehu.profiling.common.ProfilingConfig;
import dev.kehu.profiling.common.TimeParams;
import dev.kehu.profiling.profile.FacetRequests.HouseholdRequest;
import dev.kehu.profiling.profile.FacetRequests.InvestorAttitudeRequest;
import dev.kehu.profiling.profile.FacetRequests.PersonalityRequest;
import dev.kehu.profiling.profile.FacetRequests.SocialBackgroundRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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

    @GET
    @Path("/clients/{clientId}/profile")
    public ProfileView profile(@PathParam("clientId") String clientId, @QueryParam("asOf") String asOf) {
        return service.profile(clientId, asOf == null ? null : TimeParams.instantOrDate("asOf", asOf, config.zone()));
    }

    @PUT
    @Path("/clients/{clientId}/household")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView household(@PathParam("clientId") String clientId, HouseholdRequest body) {
        return service.household(clientId, body);
    }

    @PUT
    @Path("/clients/{clientId}/social-background")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView socialBackground(@PathParam("clientId") String clientId, SocialBackgroundRequest body) {
        return service.socialBackground(clientId, body == null ? null : body.background());
    }

    @PUT
    @Path("/clients/{clientId}/personality")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView personality(@PathParam("clientId") String clientId, PersonalityRequest body) {
        return service.personality(clientId, body == null ? null : body.personality());
    }

    @PUT
    @Path("/clients/{clientId}/investor-attitude")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView investorAttitude(@PathParam("clientId") String clientId, InvestorAttitudeRequest body) {
        return service.investorAttitude(clientId, body == null ? null : body.group());
    }
}
