package dev.kehu.retention.campaign;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Reactivation (存量盘活, docs/domain.md#reactivation): the candidates; campaigns: start one, list them,
 * follow one's members and results. Staff read them (the class's roles); only a manager starts one.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
@Tag(name = "campaigns", description = "Reactivation campaigns over the STATIC clients and their results")
public class CampaignResource {

    @Inject
    CampaignService service;

    @Inject
    CampaignQueries queries;

    @Inject
    CandidateQueries candidates;

    @POST
    @Path("/reactivation-campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "startCampaign", summary = "Start a campaign; its members are the clients in its segments now")
    @APIResponse(responseCode = "201", description = "started, with the first page of its members",
            content = @Content(schema = @Schema(implementation = CampaignQueries.CampaignView.class),
                    examples = @ExampleObject(name = "started", value = """
                            {"campaignId":"8c1e…","name":"Spring reactivation","segments":["LARGE_STATIC","MEDIUM_STATIC"],
                             "startsOn":"2026-04-01","endsOn":"2026-04-30","watchUntil":"2026-05-30",
                             "offer":"commission at 0.015% for three months","createdBy":"max",
                             "createdAt":"2026-03-28T01:00:00Z","stats":{"members":1,"contacted":0,"reactivated":0,"rate":0.000},
                             "members":[{"clientId":"C042","segment":"LARGE_STATIC","status":"PENDING",
                                         "contactedAt":null,"reactivatedOn":null}]}""")))
    public Response start(@NotNull @Valid CampaignRequest body) {
        CampaignQueries.CampaignView view = service.start(body);
        return Response.created(URI.create("/api/v1/reactivation-campaigns/" + view.campaignId())).entity(view).build();
    }

    @GET
    @Path("/reactivation-campaigns")
    @Operation(operationId = "listCampaigns", summary = "Campaigns, newest first, with their results")
    @APIResponse(responseCode = "200", description = "a page of campaigns",
            content = @Content(schema = @Schema(implementation = CampaignPage.class)))
    public Page<CampaignQueries.CampaignSummary> list(@QueryParam("page") String page,
                                                      @QueryParam("size") String size) {
        return queries.campaigns(PageRequest.parse(page, size));
    }

    @GET
    @Path("/reactivation-campaigns/{campaignId}")
    @Operation(operationId = "getCampaign", summary = "A campaign with a page of its members (by client id, "
            + "page and size as on every list) and the results over all of them (stats.members in all)")
    @APIResponse(responseCode = "200", description = "the campaign",
            content = @Content(schema = @Schema(implementation = CampaignQueries.CampaignView.class)))
    @APIResponse(responseCode = "404", description = "no such campaign")
    public CampaignQueries.CampaignView get(@PathParam("campaignId") String campaignId,
                                            @Parameter(description = "page of the members, from 0")
                                            @QueryParam("page") String page,
                                            @Parameter(description = "members per page, 1 to 100 (default 20)")
                                            @QueryParam("size") String size) {
        return queries.campaign(campaignId, PageRequest.parse(page, size));
    }

    @GET
    @Path("/reactivation-candidates")
    @Tag(ref = "churn")
    @Operation(operationId = "listReactivationCandidates",
            summary = "LARGE and MEDIUM clients that are STATIC now, most valuable first (存量客户盘活)")
    @APIResponse(responseCode = "200", description = "a page of candidates",
            content = @Content(schema = @Schema(implementation = CandidatePage.class)))
    public Page<CandidateQueries.Candidate> reactivationCandidates(@QueryParam("page") String page,
                                                                   @QueryParam("size") String size) {
        return candidates.candidates(PageRequest.parse(page, size));
    }

    /** A page of campaigns (for the OpenAPI schema). */
    @Schema(name = "CampaignPage")
    public record CampaignPage(List<CampaignQueries.CampaignSummary> items, int page, int size, long total) {
    }

    /** A page of reactivation candidates (for the OpenAPI schema). */
    @Schema(name = "CandidatePage")
    public record CandidatePage(List<CandidateQueries.Candidate> items, int page, int size, long total) {
    }
}
