package dev.kehu.eventstore.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
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
    void givenAnyApiOperation_whenFiltered_thenItAnswers503AsAProblemWithRetryAfter() {
        Operation get = operation();

        filter("/api/v1/clients/{clientId}/profile", get);

        org.eclipse.microprofile.openapi.models.responses.APIResponse unavailable =
                get.getResponses().getAPIResponse("503");
        assertEquals("#/components/schemas/Problem", unavailable.getContent()
                .getMediaType("application/problem+json").getSchema().getRef());
        assertEquals(List.of(Schema.SchemaType.INTEGER), unavailable.getHeaders().get("Retry-After").getSchema()
                .getType());
    }

    @Test
    void givenAnOperationWithoutIfMatch_whenFiltered_thenItHasNo409() {
        Operation get = operation().addParameter(OASFactory.createParameter().name("If-None-Match")
                .in(Parameter.In.HEADER));

        filter("/api/v1/clients/{clientId}/profile", get);

        assertNull(get.getResponses().getAPIResponse("409"));
    }

    @Test
    void givenPagingParametersReadAsText_whenFiltered_thenAClientSeesBoundedWholeNumbers() {
        Operation list = operation().addParameter(text("page")).addParameter(text("size"));

        filter("/api/v1/products", list);

        Schema page = list.getParameters().get(0).getSchema();
        Schema size = list.getParameters().get(1).getSchema();
        assertEquals(List.of(Schema.SchemaType.INTEGER), page.getType());
        assertEquals(0, page.getMinimum().intValue());
        assertEquals(dev.kehu.eventstore.rest.PageRequest.MAX_OFFSET, page.getMaximum().intValue());
        assertEquals(0, page.getDefaultValue());
        assertEquals(List.of(Schema.SchemaType.INTEGER), size.getType());
        assertEquals(List.of(1, 100, 20), List.of(size.getMinimum().intValue(), size.getMaximum().intValue(),
                size.getDefaultValue()));
    }

    @Test
    void givenASizeThatIsNotThePageSize_whenFiltered_thenItStaysAsDeclared() {
        Parameter sizeCodes = OASFactory.createParameter().name("size").in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)));
        Operation list = operation().addParameter(text("page")).addParameter(sizeCodes);
        Operation notPaged = operation().addParameter(text("size"));

        filter("/api/v1/clients", list);
        filter("/api/v1/elsewhere", notPaged);

        assertEquals(List.of(Schema.SchemaType.ARRAY), list.getParameters().get(1).getSchema().getType());
        assertEquals(List.of(Schema.SchemaType.STRING), notPaged.getParameters().get(0).getSchema().getType());
    }

    private static Parameter text(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
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
