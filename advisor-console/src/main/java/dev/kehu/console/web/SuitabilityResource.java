package dev.kehu.console.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** {@code POST /suitability-checks/{checkId}/acknowledgement}: the client's acknowledgement of a MISMATCH. */
@Path("/suitability-checks/{checkId}/acknowledgement")
@Produces(MediaType.TEXT_HTML)
public class SuitabilityResource {

    @Inject
    Pages pages;

    @Inject
    ClientForms forms;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object acknowledge(@PathParam("checkId") String checkId, MultivaluedMap<String, String> form) {
        if (!pages.session().canWrite()) {
            return Response.status(403).build();
        }
        return forms.acknowledgement(checkId, form);
    }
}
