package dev.kehu.console.api.retention;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.kehu.console.api.Page;

/** retention-service (docs/contract.md). */
@RegisterRestClient(configKey = "retention")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RetentionApi {

    @GET
    @Path("/retention-tasks")
    Page<TaskRow> tasks(@HeaderParam("Authorization") String bearer, @QueryParam("status") String status,
            @QueryParam("clientId") String clientId, @QueryParam("size") int size);

    @GET
    @Path("/retention-tasks/{taskId}")
    TaskView task(@HeaderParam("Authorization") String bearer, @PathParam("taskId") String taskId);

    /** {@code step}: comprehension, proposal, response, close or lscpa; {@code ifMatch} the version the page showed. */
    @POST
    @Path("/retention-tasks/{taskId}/{step}")
    TaskView step(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String ifMatch,
            @PathParam("taskId") String taskId, @PathParam("step") String step, TaskStep body);

    /** Claim the task for the caller (retention-service on main does not offer it yet: its 404 says so). */
    @POST
    @Path("/retention-tasks/{taskId}/claim")
    TaskView claim(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String ifMatch,
            @PathParam("taskId") String taskId);

    @POST
    @Path("/retention-tasks/{taskId}/assign")
    TaskView assign(@HeaderParam("Authorization") String bearer, @HeaderParam("If-Match") String ifMatch,
            @PathParam("taskId") String taskId, Assignment body);

    @POST
    @Path("/clients/{clientId}/contacts")
    ServicePlan.Contact recordContact(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            ContactRequest body);

    @POST
    @Path("/reactivation-campaigns")
    Campaign startCampaign(@HeaderParam("Authorization") String bearer, CampaignRequest body);

    @GET
    @Path("/clients/{clientId}/churn-risk")
    ChurnRisk churnRisk(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/churn-risks")
    Page<ChurnRisk.Row> churnRisks(@HeaderParam("Authorization") String bearer, @QueryParam("level") String level,
            @QueryParam("size") int size);

    @GET
    @Path("/clients/{clientId}/service-plan")
    ServicePlan servicePlan(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/contacts")
    Page<ServicePlan.Contact> contacts(@HeaderParam("Authorization") String bearer,
            @PathParam("clientId") String clientId, @QueryParam("size") int size);

    @GET
    @Path("/contacts/due")
    Page<ServicePlan.Due> contactsDue(@HeaderParam("Authorization") String bearer, @QueryParam("size") int size);

    /** {@code advisorId} an advisor's id or {@code me} (the caller); ranked by the service, cut to the page. */
    @GET
    @Path("/advisors/{advisorId}/next-actions")
    Page<NextAction> nextActions(@HeaderParam("Authorization") String bearer, @PathParam("advisorId") String advisorId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/advisors/{advisorId}/clients")
    Page<BookEntry> book(@HeaderParam("Authorization") String bearer, @PathParam("advisorId") String advisorId,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** The client's responsible advisor; 404 when it is in no advisor's book. */
    @GET
    @Path("/clients/{clientId}/advisor")
    BookEntry advisorOf(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @PUT
    @Path("/clients/{clientId}/advisor")
    BookEntry assignAdvisor(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            BookEntry.Request body);

    @GET
    @Path("/reactivation-campaigns")
    Page<Campaign> campaigns(@HeaderParam("Authorization") String bearer, @QueryParam("size") int size);

    @GET
    @Path("/retention/stats")
    RetentionStats stats(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/churn-weights")
    ChurnWeights churnWeights(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/churn-model/fits")
    Page<ChurnModelFit.Summary> churnModelFits(@HeaderParam("Authorization") String bearer,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/churn-model/fits/{fitId}")
    ChurnModelFit churnModelFit(@HeaderParam("Authorization") String bearer, @PathParam("fitId") String fitId);

    /** 202 with the job; its id is the fit's id. */
    @POST
    @Path("/admin/churn-model/fits")
    ChurnModelFit.Job startChurnModelFit(@HeaderParam("Authorization") String bearer, ChurnModelFit.Request body);

    @POST
    @Path("/churn-model/fits/{fitId}/adoption")
    ChurnWeights adoptChurnModelFit(@HeaderParam("Authorization") String bearer, @PathParam("fitId") String fitId);
}
