package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

/** The conventions the filter adds to every service's document: here the 409 of an If-Match operation. */
class OpenApiConventionsTest {

    @Test
    void givenAnOperationTakingIfMatch_whenFiltered_thenItAnswers409AsAProblem() {
        Operation put = operation().addParameter(OASFactory.createParameter().name("If-Match")
                .in(Parameter.In.HEADER));

        filter("/api/v1/clients/{clientId}/personality", put);

        assertEquals("If-Match names an older version", put.getResponses().getAPIResponse("409").getDescription());
        assertEquals("#/components/schemas/Problem", put.getResponses().getAPIResponse("409").getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
    }

    @Test
    void givenAnOperationWithItsOwn409_whenFiltered_thenItsDescriptionStays() {
        Operation post = operation().addParameter(OASFactory.createParameter().name("If-Match")
                .in(Parameter.In.HEADER));
        post.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().description("a step out of order"));

        filter("/api/v1/retention-tasks/{taskId}/close", post);

        assertEquals("a step out of order", post.getResponses().getAPIResponse("409").getDescription());
    }

    @Test
    void givenAnOperationWithoutIfMatch_whenFiltered_thenItHasNo409() {
        Operation get = operation().addParameter(OASFactory.createParameter().name("If-None-Match")
                .in(Parameter.In.HEADER));

        filter("/api/v1/clients/{clientId}/profile", get);

        assertNull(get.getResponses().getAPIResponse("409"));
    }

    private static Operation operation() {
        return OASFactory.createOperation().operationId("op").addTag("t")
                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().description("ok")));
    }

    private static void filter(String path, Operation operation) {
        OpenAPI doc = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem(path, OASFactory.createPathItem().PUT(operation)));
        new OpenApiConventions().filterOpenAPI(doc);
    }
}
