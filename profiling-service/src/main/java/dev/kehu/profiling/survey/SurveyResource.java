package dev.kehu.profiling.survey;

import java.net.URI;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
public class SurveyResource {

    private static final String PATH = "/clients/{clientId}/service-surveys";

    private final SurveyService service;

    public SurveyResource(SurveyService service) {
        this.service = service;
    }

    /** A client submits only its own (the library's OwnClientOnly checks the token's clientId). */
    @POST
    @Path(PATH)
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.CLIENT})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("clientId") String clientId, SurveyRequest body) {
        SurveyView survey = service.submit(clientId, body == null ? null : body.ratings());
        return Response.created(URI.create("/api/v1/clients/" + clientId + "/service-surveys/" + survey.surveyId()))
                .entity(survey).build();
    }

    @GET
    @Path(PATH)
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
    public Page<SurveyView> history(@PathParam("clientId") String clientId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return service.history(clientId, PageRequest.parse(page, size));
    }
}
