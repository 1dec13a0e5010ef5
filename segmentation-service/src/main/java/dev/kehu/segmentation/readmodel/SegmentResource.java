package dev.kehu.segmentation.readmodel;

import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.rest.Page;

import java.util.Map;

import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** SPEC §5 segmentation endpoints: reads for the branch's staff (advisor, manager, auditor); no client role. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentResource {

    private final SegmentQueries queries;

    public SegmentResource(SegmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Path("/clients/{clientId}/segment")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public ClientSegmentView segment(@PathParam("clientId") String clientId) {
        return queries.segment(clientId);
    }

    @GET
    @Path("/clients/{clientId}/segment-history")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public Page<SegmentChangeView> history(@PathParam("clientId") String clientId, @QueryParam("page") String page,
                                           @QueryParam("size") String size) {
        return queries.history(clientId, PageRequest.parse(page, size));
    }

    @GET
    @Path("/segments/summary")
    @RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR})
    public Map<String, Object> summary() {
        return queries.summary();
    }
}
