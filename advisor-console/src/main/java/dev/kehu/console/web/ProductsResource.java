package dev.kehu.console.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.profiling.Product;
import dev.kehu.console.codes.CodeList;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /products} (manager): the products suitability checks are run against, added and changed through
 * profiling-service ({@code PUT /api/v1/products/{productCode}}, 201 new, 200 changed).
 */
@Path("/products")
@Produces(MediaType.TEXT_HTML)
public class ProductsResource {

    static final int LIST_SIZE = 100;

    @Inject
    Template products;

    @Inject
    Pages pages;

    @GET
    public Object list(@QueryParam("edit") String edit) {
        if (!pages.session().isManager()) {
            return Response.status(403).build();
        }
        FormState form = FormState.none();
        if (edit != null && ClientForms.PRODUCT_CODE.matcher(edit).matches()) {
            Part<Product> p = pages.profiling((api, bearer) -> api.product(bearer, edit));
            if (p.ok()) {
                form = FormState.typed("product", fields(p.value()));
            }
        }
        return render(form);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(MultivaluedMap<String, String> fields) {
        if (!pages.session().isManager()) {
            return Response.status(403).build();
        }
        Msg m = pages.msg();
        FormState f = FormState.typed("product", fields);
        String code = ClientForms.matching(f, m, fields, "productCode", ClientForms.PRODUCT_CODE, "form.productCode");
        ClientForms.required(f, m, "nameZh", "nameEn", "riskLevel", "productType");
        if (f.hasErrors()) {
            return f.sentBack(this::render);
        }
        Product.Change body = new Product.Change(ClientForms.labels(fields.getFirst("nameZh"), fields.getFirst("nameEn")),
                fields.getFirst("riskLevel"), fields.getFirst("productType").strip(),
                ClientForms.blankToNull(fields.getFirst("horizon")), fields.containsKey("onSale"));
        Part<Product> answer = pages.profiling((api, bearer) -> api.putProduct(bearer, code, body));
        if (answer.ok()) {
            return ClientForms.seeOther("/products#product-" + code);
        }
        return f.refusedBy(answer, m).sentBack(this::render);
    }

    private TemplateInstance render(FormState form) {
        var levels = pages.codes(CodeList.PRODUCT_RISK_LEVEL);
        var horizons = pages.codes(CodeList.HORIZON);
        Part<Page<Product>> list = pages.profiling((api, bearer) -> api.products(bearer, LIST_SIZE));
        return pages.page(products, pages.msg().t("products.title")).data("list", list).data("f", form)
                .data("levels", levels.join()).data("horizons", horizons.join());
    }

    private static MultivaluedMap<String, String> fields(Product p) {
        MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
        m.putSingle("productCode", p.productCode());
        if (p.name() != null) {
            m.putSingle("nameZh", p.name().zh() == null ? "" : p.name().zh());
            m.putSingle("nameEn", p.name().en() == null ? "" : p.name().en());
        }
        m.putSingle("riskLevel", p.riskLevel());
        m.putSingle("productType", p.productType());
        m.putSingle("horizon", p.horizon() == null ? "" : p.horizon());
        m.putSingle("onSale", p.onSale() ? "true" : "false");
        return m;
    }
}
