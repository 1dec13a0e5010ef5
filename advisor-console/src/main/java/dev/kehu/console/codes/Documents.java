package dev.kehu.console.codes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Each service's OpenAPI document, read through that service's REST client configuration (URL, timeouts). */
final class Documents {

    private Documents() {
    }

    interface Document {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        JsonNode read(@QueryParam("format") String format);
    }

    @RegisterRestClient(configKey = "profiling")
    @Path("/q/openapi")
    interface Profiling extends Document {
    }

    @RegisterRestClient(configKey = "segmentation")
    @Path("/q/openapi")
    interface Segmentation extends Document {
    }

    @RegisterRestClient(configKey = "retention")
    @Path("/q/openapi")
    interface Retention extends Document {
    }
}
