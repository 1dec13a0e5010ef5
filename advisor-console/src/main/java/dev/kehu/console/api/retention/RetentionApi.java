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

/** retention-service (SPEC §5, §8, §9). */
@RegisterRestClient(configKey = "retention")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RetentionApi {

    @GET
    @Path("/retention-tasks")
    Map<String, Object> tasks(@HeaderParam("Authorization") String bearer, @QueryParam("status") String status,
            @QueryParam("clientId") String clientId, @QueryParam("size") int size);

    @GET
    @Path("/retention-tasks/{taskId}")
    Map<String, Object> task(@HeaderParam("Authorization") String bearer, @PathParam("taskId") String taskId);

    /** {@code step}: comprehension, proposal, response, close or lscpa; {@code ifMatch} the version the page showed. */
    @POST
    @Path("/retention-tasks/{taskId}/{step}")
    Map<String, Object> step(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String ifMatch,
            @PathParam("taskId") String taskId, @PathParam("step") String step, Map<String, Object> body);

    @GET
    @Path("/clients/{clientId}/churn-risk")
    Map<String, Object> churnRisk(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/churn-risks")
    Map<String, Object> churnRisks(@HeaderParam("Authorization") String bearer, @QueryParam("level") String level,
            @QueryParam("size") int size);

    @GET
    @Path("/clients/{clientId}/service-plan")
    Map<String, Object> servicePlan(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/contacts")
    Map<String, Object> contacts(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            @QueryParam("size") int size);

    @GET
    @Path("/contacts/due")
    Map<String, Object> contactsDue(@HeaderParam("Authorization") String bearer, @QueryParam("size") int size);

    @GET
    @Path("/reactivation-campaigns")
    Map<String, Object> campaigns(@HeaderParam("Authorization") String bearer, @QueryParam("size") int size);

    @GET
    @Path("/retention/stats")
    Map<String, Object> stats(@HeaderParam("Authorization") String bearer);
}
