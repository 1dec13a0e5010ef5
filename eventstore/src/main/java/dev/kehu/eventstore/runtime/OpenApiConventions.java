package dev.kehu.eventstore.runtime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.rest.PageRequest;

/**
 * What every Kehu service's {@code /api/v1} operations share, written once for their OpenAPI documents
 * (registered in the library's configuration as {@code mp.openapi.filter}): the errors 400, 401, 403 and
 * 503 (with {@code Retry-After}) as {@code application/problem+json} (RFC 9457, the {@code Problem} schema below, as
 * {@link ProblemMappers} answers them), and a body for every 4xx an operation declares with a
 * description only, so a generated client types every error. An operation that takes {@code If-Match}
 * ({@link dev.kehu.eventstore.rest.ETags}) answers 409 when the version it names is no longer the latest,
 * unless it says more about its 409 itself. An operation without an operationId or a tag of its own gets
 * {@code <verb><Path in camel case>} and the tag {@code admin}.
 */
public class OpenApiConventions implements OASFilter {

    /** In code order (a TreeMap, not Map.of): the same build writes the same document, byte for byte. */
    private static final Map<String, String> COMMON = new TreeMap<>(Map.of(
            "400", "invalid input; the problem names the fields",
            "401", "no or an invalid token", "403", "a role not allowed here",
            "503", "at capacity, or the database cannot be reached: nothing was done, retry after Retry-After seconds"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        problemSchema(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation o = op.getValue();
                if (o.getOperationId() == null) {
                    o.setOperationId(name(op.getKey().name().toLowerCase(), path.getKey()));
                }
                if (o.getTags() == null || o.getTags().isEmpty()) {
                    o.setTags(List.of("admin"));
                }
                if (path.getKey().startsWith("/api/v1/")) {
                    COMMON.forEach((code, description) -> {
                        if (o.getResponses().getAPIResponse(code) == null) {
                            APIResponse response = OASFactory.createAPIResponse().description(description);
                            if (code.equals("503")) {
                                // docs/contract.md "Overload and outages"
                                response.addHeader("Retry-After", OASFactory.createHeader()
                                        .description("seconds to wait before retrying")
                                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
                            }
                            o.getResponses().addAPIResponse(code, response);
                        }
                    });
                }
                if (takesIfMatch(o) && o.getResponses().getAPIResponse("409") == null) {
                    o.getResponses().addAPIResponse("409",
                            OASFactory.createAPIResponse().description("If-Match names an older version"));
                }
                problems(o);
                paging(o);
            }
        }
        if (openAPI.getTags() == null || openAPI.getTags().stream().noneMatch(t -> "admin".equals(t.getName()))) {
            openAPI.addTag(OASFactory.createTag().name("admin").description("Read models and scans for operators"));
        }
    }

    private static boolean takesIfMatch(Operation o) {
        return o.getParameters() != null && o.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && ETags.IF_MATCH.equalsIgnoreCase(p.getName()));
    }

    private static void problemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text).addProperty("message", text);
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; validation errors name the offending fields")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(fieldError))
                .addProperty("correlationId", text)
                .additionalPropertiesBoolean(Boolean.TRUE));
    }

    /** Every 4xx and 5xx without a body is a problem+json (RFC 9457), as {@code ProblemMappers} answers it. */
    private static void problems(Operation o) {
        if (o.getResponses() == null || o.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> r : o.getResponses().getAPIResponses().entrySet()) {
            if ((r.getKey().startsWith("4") || r.getKey().startsWith("5")) && (r.getValue().getContent() == null
                    || r.getValue().getContent().getMediaTypes() == null
                    || r.getValue().getContent().getMediaTypes().isEmpty())) {
                r.getValue().setContent(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/Problem"))));
            }
        }
    }

    /**
     * {@code page} and {@code size} are read as text so that a non-number is a 400 naming the field
     * ({@link PageRequest#parse}); to a client they are whole numbers with bounds and defaults. A {@code size}
     * that is not a plain text parameter (segmentation's repeatable size codes) is left as it is.
     */
    private static void paging(Operation o) {
        if (o.getParameters() == null || o.getParameters().stream().noneMatch(p -> isText(p, "page"))) {
            return;
        }
        for (Parameter p : o.getParameters()) {
            if (isText(p, "page")) {
                p.setSchema(whole(0, PageRequest.MAX_OFFSET, 0));
                p.setDescription("the page, from 0; page × size may be at most " + PageRequest.MAX_OFFSET
                        + " (a 400 beyond)");
            } else if (isText(p, "size")) {
                p.setSchema(whole(1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE));
            }
        }
    }

    private static boolean isText(Parameter p, String name) {
        return p.getIn() == Parameter.In.QUERY && name.equals(p.getName()) && (p.getSchema() == null
                || p.getSchema().getType() == null || p.getSchema().getType().equals(List.of(Schema.SchemaType.STRING)));
    }

    private static Schema whole(int minimum, Integer maximum, int byDefault) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).defaultValue(byDefault);
        return maximum == null ? s : s.maximum(BigDecimal.valueOf(maximum));
    }

    static String name(String verb, String path) {
        StringBuilder b = new StringBuilder(verb);
        for (String part : path.replace("/api/v1/", "").split("[/{}-]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
