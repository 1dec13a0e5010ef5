package dev.kehu.console.api;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** profiling-service (SPEC §5, §7, §9), called with the signed-in user's {@code Authorization} header. */
@RegisterRestClient(configKey = "profiling")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ProfilingApi {

    @GET
    @Path("/questionnaires/risk")
    Map<String, Object> questionnaire(@HeaderParam("Authorization") String bearer);

    @POST
    @Path("/clients/{clientId}/risk-assessments")
    Map<String, Object> assess(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            Map<String, Object> body);

    @GET
    @Path("/clients/{clientId}/profile")
    Map<String, Object> profile(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/suitability-checks")
    Map<String, Object> suitabilityChecks(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            @QueryParam("size") int size);

    @GET
    @Path("/profiles")
    Map<String, Object> profiles(@HeaderParam("Authorization") String bearer, @QueryParam("riskCategory") String riskCategory,
            @QueryParam("size") int size);
}
