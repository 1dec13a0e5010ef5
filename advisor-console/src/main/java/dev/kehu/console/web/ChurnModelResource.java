package dev.kehu.console.web;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.retention.ChurnModelFit;
import dev.kehu.console.api.retention.ChurnWeights;
import dev.kehu.console.api.retention.RetentionApi;
import dev.kehu.console.i18n.Fmt;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /churn-model} (docs/domain.md#learned-weights): the weights in force and their history, the latest fits
 * and one fit's evidence; a manager starts a fit and adopts one. A manager and an auditor read it (the auditor
 * sees no form); an advisor is refused, as the manager's other pages refuse one.
 */
@Path("/churn-model")
@Produces(MediaType.TEXT_HTML)
public class ChurnModelResource {

    static final int FITS_SIZE = 10;
    static final int MAX_PAGE = 1000;
    static final int DEFAULT_HORIZON = 90;
    static final int MAX_HORIZON = 365;

    @Inject
    Template churnmodel;

    @Inject
    Pages pages;

    @GET
    public Object page(@QueryParam("fit") String fit, @QueryParam("page") String page) {
        if (!mayRead()) {
            return refused();
        }
        return render(ClientForms.CHECK_ID.matcher(fit == null ? "" : fit).matches() ? fit : null, HomeResource.pageNumber(page, MAX_PAGE),
                defaults());
    }

    @POST
    @Path("/fits")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object start(MultivaluedMap<String, String> fields) {
        if (!pages.session().isManager()) {
            return refused();
        }
        Msg m = pages.msg();
        FormState f = FormState.typed("fit", fields);
        LocalDate today = LocalDate.now(Fmt.ZONE);
        LocalDate from = ClientForms.date(f, m, fields, "from");
        LocalDate to = ClientForms.date(f, m, fields, "to");
        if (to != null && to.isAfter(today)) {
            f.refuse("to", m.t("form.future"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            f.refuse("to", m.t("form.endsBeforeStart"));
        }
        Integer asked = ClientForms.number(f, m, fields, "horizonDays");
        int horizon = asked == null ? DEFAULT_HORIZON : asked;
        if (asked != null && (asked < 1 || asked > MAX_HORIZON)) {
            f.refuse("horizonDays", m.t("churn.form.horizon"));
        }
        if (f.hasErrors()) {
            return f.sentBack(form -> render(null, 0, form));
        }
        ChurnModelFit.Request body = new ChurnModelFit.Request(from.toString(), to.toString(), horizon);
        Part<ChurnModelFit.Job> answer = pages.retention((api, bearer) -> api.startChurnModelFit(bearer, body));
        if (answer.ok()) {
            // no #fit: the running page's refresh reloads its own address, and an address with a fragment would only
            // scroll to it (a same-document navigation), never asking again
            return ClientForms.seeOther("/churn-model?fit=" + answer.value().jobId());
        }
        return f.refusedBy(answer, m).sentBack(form -> render(null, 0, form));
    }

    /** The fit's learned weights in force from now: 303 to the page showing the new version; a 409 explained. */
    @POST
    @Path("/fits/{fitId}/adoption")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object adopt(@PathParam("fitId") String fitId) {
        if (!pages.session().isManager()) {
            return refused();
        }
        if (!ClientForms.CHECK_ID.matcher(fitId).matches()) {
            return Response.status(404).build();
        }
        Part<ChurnWeights> answer = pages.retention((api, bearer) -> api.adoptChurnModelFit(bearer, fitId));
        if (answer.ok()) {
            return ClientForms.seeOther("/churn-model?fit=" + fitId + "#weights");
        }
        FormState f = new FormState("adopt", java.util.Map.of(), java.util.Map.of(), answer);
        int status = answer.down() ? 503 : answer.status() == 409 ? 409 : answer.status() == 404 ? 404 : 400;
        return Response.status(status).entity(render(fitId, 0, f)).build();
    }

    private boolean mayRead() {
        return pages.session().isManager() || "auditor".equals(pages.session().role());
    }

    /** The console's refusal of a page or form the role may not use: 403, and the page says whose it is. */
    private Response refused() {
        return Response.status(403).entity(pages.page(churnmodel, pages.msg().t("churn.title")).data("allowed", false)
                .data("weights", null).data("fits", null).data("fit", null).data("view", null)
                .data("paging", new Paging(0, false, false)).data("adoptable", false)
                .data("f", FormState.none())).build();
    }

    private TemplateInstance render(String fitId, int page, FormState form) {
        CompletableFuture<Part<ChurnWeights>> weights = pages.retentionAsync(RetentionApi::churnWeights);
        Part<Page<ChurnModelFit.Summary>> fits = pages.retention((api, bearer) -> api.churnModelFits(bearer, page, FITS_SIZE));
        String shown = fitId;
        if (shown == null && fits.ok()) {
            // the newest fit that succeeded, else the newest
            shown = fits.value().items().stream().filter(s -> "SUCCEEDED".equals(s.status())).findFirst()
                    .or(() -> fits.value().items().stream().findFirst()).map(ChurnModelFit.Summary::fitId).orElse(null);
        }
        String id = shown;
        Part<ChurnModelFit> fit = id == null ? null : pages.retention((api, bearer) -> api.churnModelFit(bearer, id));
        Part<ChurnWeights> inForce = weights.join();
        ChurnModelView view = fit != null && fit.ok() && fit.value().succeeded()
                ? ChurnModelView.of(fit.value(), inForce.orElse(null), pages.msg()) : null;
        // a manager may adopt a fit that succeeded and is not the version in force (the service says 409 otherwise)
        boolean adoptable = pages.session().isManager() && view != null && inForce.ok()
                && !Integer.valueOf(inForce.value().version()).equals(fit.value().adoptedAsVersion());
        Paging paging = new Paging(page, page > 0, fits.ok() && (long) (page + 1) * FITS_SIZE < fits.value().total());
        return pages.page(churnmodel, pages.msg().t("churn.title")).data("allowed", true).data("weights", inForce)
                .data("fits", fits).data("fit", fit).data("view", view).data("paging", paging)
                .data("adoptable", adoptable).data("f", form);
    }

    /** The start form's defaults: the last year, to today, the 90-day horizon (docs/domain.md#learned-weights). */
    private static FormState defaults() {
        LocalDate today = LocalDate.now(Fmt.ZONE);
        MultivaluedMap<String, String> d = new MultivaluedHashMap<>();
        d.putSingle("from", today.minusYears(1).toString());
        d.putSingle("to", today.toString());
        d.putSingle("horizonDays", String.valueOf(DEFAULT_HORIZON));
        return FormState.typed("fit", d);
    }
}
