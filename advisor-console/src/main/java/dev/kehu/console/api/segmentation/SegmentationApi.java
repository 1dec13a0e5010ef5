package dev.kehu.console.api;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** segmentation-service (SPEC §5, §9). */
@RegisterRestClient(configKey = "segmentation")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SegmentationApi {

    @GET
    @Path("/segments/summary")
    Map<String, Object> summary(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("/clients")
    Map<String, Object> clients(@HeaderParam("Authorization") String bearer, @QueryParam("segment") String segment,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/clients/{clientId}/segment")
    Map<String, Object> segment(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId);

    @GET
    @Path("/clients/{clientId}/segment-history")
    Map<String, Object> history(@HeaderParam("Authorization") String bearer, @PathParam("clientId") String clientId,
            @QueryParam("size") int size);
}
