package dev.kehu.profiling.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every {@code /api/v1} operation answers its errors as {@code application/problem+json} (RFC 9457): the
 * operations that name their 4xx answers say so in their annotations; the others get a {@code 4XX} entry
 * with the same {@code Problem} schema, so a generated client types every error.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/v1") || item.getOperations() == null) {
                return;
            }
            item.getOperations().values().forEach(op -> {
                APIResponses responses = op.getResponses();
                if (responses == null || responses.getAPIResponses() == null) {
                    return;
                }
                boolean typed = responses.getAPIResponses().entrySet().stream().anyMatch(e ->
                        e.getKey().startsWith("4") && e.getValue().getContent() != null
                                && e.getValue().getContent().hasMediaType(PROBLEM));
                if (!typed) {
                    responses.addAPIResponse("4XX", OASFactory.createAPIResponse()
                            .description("a problem (RFC 9457): invalid input with the fields named (400), "
                                    + "unknown resource (404), illegal step or concurrent change (409)")
                            .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref("Problem")))));
                }
            });
        });
    }
}
