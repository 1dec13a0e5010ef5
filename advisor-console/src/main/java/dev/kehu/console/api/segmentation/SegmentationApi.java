package dev.kehu.console.api.segmentation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.kehu.console.api.Page;

/** segmentation-service (docs/contract.md). */
@RegisterRestClient(configKey = "segmentation")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SegmentationApi {

    @GET
    @Path("/segments/summary")
    SegmentSummary summary(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/clients")
    Page<ClientSegment> clients(@HeaderParam("Authorization") String bearer, @QueryParam("segment") String segment,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/clients/{clientId}/segment")
    ClientSegment segment(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/segment-history")
    Page<SegmentChange> history(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            @QueryParam("size") int size);
}
