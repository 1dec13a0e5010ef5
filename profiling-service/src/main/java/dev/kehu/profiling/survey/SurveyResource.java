package dev.kehu.profiling.survey;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
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

/** SERVQUAL surveys of a client. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service-surveys", description = "SERVQUAL service-quality surveys")
public class SurveyResource {

    private static final String PATH = "/clients/{clientId}/service-surveys";

    @Inject
    SurveyService service;

    /** A client submits only its own (the library's OwnClientOnly checks the token's clientId). */
    @POST
    @Path(PATH)
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.CLIENT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitServiceSurvey", summary = "Submit a SERVQUAL survey; gaps computed and published")
    @APIResponse(responseCode = "201", description = "the scored survey",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @APIResponse(responseCode = "400", description = "invalid ratings, the fields named")
    public Response submit(@PathParam("clientId") String clientId, SurveyRequest body) {
        SurveyView survey = service.submit(clientId, body == null ? null : body.ratings());
        return Response.created(URI.create("/api/v1/clients/" + clientId + "/service-surveys/" + survey.surveyId()))
                .entity(survey).build();
    }

    @GET
    @Path(PATH)
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    @Operation(operationId = "listServiceSurveys", summary = "A client's surveys, newest first")
    public Page<SurveyView> history(@PathParam("clientId") String clientId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return service.history(clientId, PageRequest.parse(page, size));
    }
}
