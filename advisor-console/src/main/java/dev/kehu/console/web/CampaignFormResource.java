package dev.kehu.console.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.retention.CampaignRequest;
import dev.kehu.console.api.segmentation.ClientSegment;
import dev.kehu.console.codes.CodeList;
import dev.kehu.console.i18n.Fmt;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /campaigns/new} (manager): segments, window and offer; "preview" lists the members the campaign
 * would have (retention-service offers no preview, so the console asks segmentation-service for the clients
 * in those segments now, which is how retention picks them at creation); "start" creates it.
 */
@Path("/campaigns/new")
@Produces(MediaType.TEXT_HTML)
public class CampaignFormResource {

    static final List<String> DEFAULT_SEGMENTS = List.of("LARGE_STATIC", "MEDIUM_STATIC");
    static final int PREVIEW_SIZE = 100;

    @Inject
    Template campaignform;

    @Inject
    Pages pages;

    /** The members a campaign would have, per segment: the clients listed (at most a page) and how many there are. */
    public record Preview(List<ClientSegment> members, long total, List<Part<?>> failed) {
    }

    @GET
    public Object form() {
        if (!pages.session().isManager()) {
            return Response.status(403).build();
        }
        LocalDate today = LocalDate.now(Fmt.ZONE);
        MultivaluedMap<String, String> defaults = new MultivaluedHashMap<>();
        defaults.put("segments", DEFAULT_SEGMENTS);
        defaults.putSingle("startsOn", today.toString());
        defaults.putSingle("endsOn", today.plusDays(30).toString());
        return render(FormState.typed("campaign", defaults), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(MultivaluedMap<String, String> fields) {
        if (!pages.session().isManager()) {
            return Response.status(403).build();
        }
        Msg m = pages.msg();
        FormState f = FormState.typed("campaign", fields);
        List<String> segments = fields.getOrDefault("segments", List.of());
        if (segments.isEmpty()) {
            f.refuse("segments", m.t("form.required"));
        }
        LocalDate starts = ClientForms.date(f, m, fields, "startsOn");
        LocalDate ends = ClientForms.date(f, m, fields, "endsOn");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            f.refuse("endsOn", m.t("form.endsBeforeStart"));
        }
        boolean start = "start".equals(fields.getFirst("action"));
        if (start && ClientForms.blankToNull(fields.getFirst("name")) == null) {
            f.refuse("name", m.t("form.required"));
        }
        if (f.hasErrors()) {
            return f.sentBack(form -> render(form, null));
        }
        if (!start) {
            return render(f, preview(segments));
        }
        CampaignRequest body = new CampaignRequest(fields.getFirst("name").strip(), segments, starts.toString(),
                ends.toString(), ClientForms.blankToNull(fields.getFirst("offer")));
        Part<?> answer = pages.retention((api, bearer) -> api.startCampaign(bearer, body));
        if (answer.ok()) {
            return ClientForms.seeOther("/campaigns");
        }
        return f.refusedBy(answer, m).sentBack(form -> render(form, null));
    }

    private Preview preview(List<String> segments) {
        List<CompletableFuture<Part<Page<ClientSegment>>>> calls = new ArrayList<>();
        for (String segment : segments) {
            calls.add(pages.segmentationAsync((api, bearer) -> api.clients(bearer, segment, 0, PREVIEW_SIZE)));
        }
        List<ClientSegment> members = new ArrayList<>();
        List<Part<?>> failed = new ArrayList<>();
        long total = 0;
        for (CompletableFuture<Part<Page<ClientSegment>>> call : calls) {
            Part<Page<ClientSegment>> part = call.join();
            if (part.ok()) {
                members.addAll(part.value().items());
                total += part.value().total();
            } else {
                failed.add(part);
            }
        }
        return new Preview(members, total, failed);
    }

    private TemplateInstance render(FormState form, Preview preview) {
        var segments = pages.codes(CodeList.SEGMENT);
        return pages.page(campaignform, pages.msg().t("campaigns.new")).data("f", form).data("preview", preview)
                .data("segments", segments.join());
    }
}
