package dev.kehu.profiling;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A test-only operation with no @RolesAllowed or @PermitAll: with
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints} it must be refused to every caller.
 */
@Path(UnannotatedProbe.PATH)
public class UnannotatedProbe {

    static final String PATH = "/test-only/unannotated";

    @GET
    @Operation(hidden = true)
    public String probe() {
        return "open";
    }
}
