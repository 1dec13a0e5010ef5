package dev.kehu.profiling.product;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** docs/domain.md#suitability products: maintained by managers, read by everyone signed in. */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADVISOR, Roles.MANAGER, Roles.AUDITOR, Roles.CLIENT})
@Tag(name = "products", description = "The product catalogue with risk levels R1–R5 (docs/domain.md#suitability)")
public class ProductResource {

    @Inject
    ProductService service;

    @PUT
    @Path("/{productCode}")
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putProduct", summary = "Register or change a product (201 new, 200 changed)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductRequest.class),
            examples = @ExampleObject(name = "fund", value = "{\"name\": {\"zh\": \"稳健债券基金\", \"en\": \"Steady bond "
                    + "fund\"}, \"riskLevel\": \"R2\", \"productType\": \"BOND_FUND\", \"horizon\": \"MEDIUM\", "
                    + "\"onSale\": true}")))
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "200", description = "changed (or unchanged)",
            content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "invalid body or productCode, the fields named")
    public Response put(@PathParam("productCode") String productCode, ProductRequest body) {
        ProductService.Stated s = service.put(productCode, body);
        return (s.created() ? Response.created(URI.create("/api/v1/products/" + productCode)) : Response.ok())
                .entity(s.product()).build();
    }

    @GET
    @Operation(operationId = "listProducts", summary = "Products by risk level and sale status, by code")
    public Page<ProductView> list(@QueryParam("riskLevel") String riskLevel, @QueryParam("onSale") String onSale,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(riskLevel, onSale, PageRequest.parse(page, size));
    }

    @GET
    @Path("/{productCode}")
    @Operation(operationId = "getProduct", summary = "A product with its change history")
    public ProductView one(@PathParam("productCode") String productCode) {
        return service.one(productCode);
    }
}
