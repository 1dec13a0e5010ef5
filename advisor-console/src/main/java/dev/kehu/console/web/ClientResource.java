package dev.kehu.console.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.profiling.Profile;
import dev.kehu.console.api.profiling.ServiceNeeds;
import dev.kehu.console.api.retention.BookEntry;
import dev.kehu.console.api.segmentation.SegmentChange;
import dev.kehu.console.codes.CodeList;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** {@code /clients} (the list with filters and search) and {@code /clients/{clientId}} (the whole picture). */
@Path("/clients")
@Produces(MediaType.TEXT_HTML)
public class ClientResource {

    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** What a code looks like, for a filter whose code list could not be read (its service then judges it). */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
    static final int LIST_SIZE = 100;
    static final Set<String> FORMS = Set.of("contacts", "facets", "suitability-checks", "service-needs", "advisor");
    /** The code lists the page's forms offer (beside the contact form's and the requirements), by their names in the page. */
    static final Map<String, CodeList> FORM_CODES = Map.ofEntries(
            Map.entry("ackChannels", CodeList.ACKNOWLEDGEMENT_CHANNEL), Map.entry("personalities", CodeList.PERSONALITY),
            Map.entry("maritalStatuses", CodeList.MARITAL_STATUS), Map.entry("backgrounds", CodeList.SOCIAL_BACKGROUND),
            Map.entry("attitudes", CodeList.INVESTOR_ATTITUDE), Map.entry("needsChannels", CodeList.NEEDS_CHANNEL),
            Map.entry("emotional", CodeList.EMOTIONAL_NEED), Map.entry("infoStyles", CodeList.INFORMATION_STYLE),
            Map.entry("decisionStyles", CodeList.DECISION_STYLE), Map.entry("horizons", CodeList.NEEDS_HORIZON),
            Map.entry("orientations", CodeList.ORIENTATION), Map.entry("frequencies", CodeList.FREQUENCY));

    @Inject
    Template clients;

    @Inject
    Template client;

    @Inject
    Pages pages;

    @Inject
    ClientForms forms;

    /** The facets as recorded, the defaults of the facets form (blank for none). */
    public record Current(String maritalStatus, String age, String youngestChildAge, String childrenIndependent,
            String retired, String background, String personality, String investorAttitude) {

        static Current of(Part<Profile> profile) {
            if (!profile.ok()) {
                return new Current("", "", "", "", "", "", "", "");
            }
            Profile p = profile.value();
            Profile.Household h = p.household();
            return new Current(h == null ? "" : text(h.maritalStatus()), h == null ? "" : text(h.age()),
                    h == null ? "" : text(h.youngestChildAge()),
                    h != null && Boolean.TRUE.equals(h.childrenIndependent()) ? "true" : "",
                    h != null && Boolean.TRUE.equals(h.retired()) ? "true" : "",
                    p.socialBackground() == null ? "" : text(p.socialBackground().code()),
                    p.personality() == null ? "" : text(p.personality().code()),
                    p.investorAttitude() == null ? "" : text(p.investorAttitude().code()));
        }

        private static String text(Object o) {
            return o == null ? "" : o.toString();
        }
    }

    /** A point of the segment history chart; the segment as its label with the code beside it. */
    public record HistoryPoint(String asOf, BigDecimal averageAssets, String segment) {
    }

    /**
     * The list comes from the service that owns the filter: segmentation (segment, or no filter),
     * profiling (risk category), retention (churn level). With several filters, the rows of the
     * first are kept when the client is in the others' lists too. Each filter offers the codes its
     * service lists in its OpenAPI document.
     */
    @GET
    public Object list(@QueryParam("segment") String segment, @QueryParam("riskCategory") String riskCategory,
            @QueryParam("churnLevel") String churnLevel, @QueryParam("q") String search) {
        if (search != null && !search.isBlank()) {
            String id = search.strip();
            if (CLIENT_ID.matcher(id).matches()) {
                return Response.seeOther(URI.create("/clients/" + id)).build();
            }
        }
        CompletableFuture<Part<List<String>>> segmentCodes = pages.codes(CodeList.SEGMENT);
        CompletableFuture<Part<List<String>>> categoryCodes = pages.codes(CodeList.RISK_CATEGORY);
        CompletableFuture<Part<List<String>>> levelCodes = pages.codes(CodeList.CHURN_LEVEL);
        List<Part<List<String>>> codes = List.of(segmentCodes.join(), categoryCodes.join(), levelCodes.join());
        String seg = known(codes.get(0), segment);
        String cat = known(codes.get(1), riskCategory);
        String level = known(codes.get(2), churnLevel);
        List<CompletableFuture<Part<Page<ClientRow>>>> sources = new ArrayList<>();
        if (seg != null || (cat == null && level == null)) {
            sources.add(pages.segmentationAsync((api, bearer) -> rows(api.clients(bearer, seg, 0, LIST_SIZE), ClientRow::of)));
        }
        if (cat != null) {
            sources.add(pages.profilingAsync((api, bearer) -> rows(api.profiles(bearer, cat, LIST_SIZE), ClientRow::of)));
        }
        if (level != null) {
            sources.add(pages.retentionAsync((api, bearer) -> rows(api.churnRisks(bearer, level, LIST_SIZE), ClientRow::of)));
        }
        List<Part<Page<ClientRow>>> parts = sources.stream().map(CompletableFuture::join).toList();
        Part<Page<ClientRow>> first = parts.get(0);
        List<ClientRow> rows = new ArrayList<>(first.ok() ? first.value().items() : List.of());
        for (Part<Page<ClientRow>> other : parts.subList(1, parts.size())) {
            if (other.ok()) {
                Set<String> ids = new HashSet<>(other.value().items().stream().map(ClientRow::clientId).toList());
                rows.removeIf(r -> !ids.contains(r.clientId()));
            }
        }
        List<Part<?>> failed = new ArrayList<>();
        codes.stream().filter(p -> !p.ok()).forEach(failed::add);
        parts.stream().filter(p -> !p.ok()).forEach(failed::add);
        return pages.page(clients, pages.msg().t("clients.title")).data("rows", rows).data("source", first)
                .data("failed", failed.stream().distinct().toList()).data("segment", seg).data("riskCategory", cat)
                .data("churnLevel", level).data("segments", codes.get(0).orElse(List.of()))
                .data("categories", codes.get(1).orElse(List.of())).data("levels", codes.get(2).orElse(List.of()));
    }

    private static <T> Page<ClientRow> rows(Page<T> page, Function<T, ClientRow> row) {
        return new Page<>(page.items().stream().map(row).toList(), page.total());
    }

    /**
     * The value when it is one of the codes, else null: an unknown filter value is ignored, not passed on.
     * When the codes could not be read, a value shaped like a code is passed on for its service to judge.
     */
    static String known(Part<List<String>> codes, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (codes.ok()) {
            return codes.value().contains(value) ? value : null;
        }
        return CODE.matcher(value).matches() ? value : null;
    }

    @GET
    @Path("{clientId}")
    public Object one(@PathParam("clientId") String clientId, @QueryParam("assigned") String assigned) {
        if (!CLIENT_ID.matcher(clientId).matches()) {
            return Response.status(404).build();
        }
        boolean known = assigned != null && HomeResource.ADVISOR_ID.matcher(assigned).matches();
        return render(clientId, FormState.none()).data("assigned", known ? assigned : null);
    }

    /**
     * The page's forms, each to the service that owns it; a client id the console accepts and a person who may change
     * things, else 404 or 403 and nothing sent. Only a manager changes a client's responsible advisor (retention-service
     * would refuse anyone else too).
     */
    @POST
    @Path("{clientId}/{form}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object form(@PathParam("clientId") String clientId, @PathParam("form") String form,
            MultivaluedMap<String, String> fields) {
        if (!FORMS.contains(form) || !CLIENT_ID.matcher(clientId).matches()) {
            return Response.status(404).build();
        }
        if (!pages.session().canWrite() || "advisor".equals(form) && !pages.session().isManager()) {
            return Response.status(403).build();
        }
        return switch (form) {
            case "contacts" -> forms.contact(clientId, fields);
            case "facets" -> forms.facets(clientId, fields);
            case "suitability-checks" -> forms.suitabilityCheck(clientId, fields);
            case "service-needs" -> forms.serviceNeeds(clientId, fields,
                    pages.codes(CodeList.REQUIREMENT).join().orElse(CodeList.REQUIREMENT.documented));
            default -> forms.advisor(clientId, fields); // "advisor": a manager's
        };
    }

    /** The page, with a form sent back to it when one was refused (what was typed kept, the messages beside it). */
    TemplateInstance render(String clientId, FormState form) {
        var contactCodes = ContactForm.Codes.ask(pages);
        Map<String, CompletableFuture<Part<List<String>>>> codes = new HashMap<>();
        FORM_CODES.forEach((name, list) -> codes.put(name, pages.codes(list)));
        var profile = pages.profilingAsync((api, bearer) -> api.profile(bearer, clientId));
        var checks = pages.profilingAsync((api, bearer) -> api.suitabilityChecks(bearer, clientId, 10));
        var segment = pages.segmentationAsync((api, bearer) -> api.segment(bearer, clientId));
        var history = pages.segmentationAsync((api, bearer) -> api.history(bearer, clientId, 100));
        var churn = pages.retentionAsync((api, bearer) -> api.churnRisk(bearer, clientId));
        var tasks = pages.retentionAsync((api, bearer) -> api.tasks(bearer, null, clientId, 20));
        var plan = pages.retentionAsync((api, bearer) -> api.servicePlan(bearer, clientId));
        var contacts = pages.retentionAsync((api, bearer) -> api.contacts(bearer, clientId, 10));
        var requirements = pages.codes(CodeList.REQUIREMENT);
        var recommendations = pages.profilingAsync((api, bearer) -> api.recommendations(bearer, clientId));
        var needs = pages.profilingAsync((api, bearer) -> api.serviceNeeds(bearer, clientId));
        var suggestion = pages.profilingAsync((api, bearer) -> api.suggestedNeeds(bearer, clientId));
        var advisor = pages.retentionAsync((api, bearer) -> api.advisorOf(bearer, clientId));
        Part<Page<SegmentChange>> changes = history.join();
        Part<Profile> p = profile.join();
        Part<ServiceNeeds> recorded = needs.join();
        Part<ServiceNeeds.Suggestion> suggested = suggestion.join();
        Part<List<String>> requirementCodes = requirements.join();
        NeedsForm needsForm = "needs".equals(form.form())
                ? NeedsForm.typed(form.given(), requirementCodes.orElse(CodeList.REQUIREMENT.documented))
                : recorded.ok() ? NeedsForm.of(recorded.value())
                : suggested.ok() && suggested.value().suggested() != null ? NeedsForm.of(suggested.value().suggested())
                : NeedsForm.empty();
        ContactForm contact = contactCodes.form(clientId, null, "", "SERVICE_REVIEW",
                recorded.ok() ? recorded.value().preferredChannel() : null);
        TemplateInstance page = pages.page(client, pages.msg().t("client.title") + " " + clientId).data("clientId", clientId)
                .data("profile", p).data("cur", Current.of(p)).data("checks", checks.join()).data("segment", segment.join())
                .data("history", changes).data("churn", churn.join()).data("tasks", tasks.join())
                .data("plan", plan.join()).data("contacts", contacts.join()).data("now", Instant.now())
                .data("historyChart", Pages.json(historyChart(changes, pages.msg()))).data("f", form)
                .data("contact", contact).data("reminderContents", contact.reminderContents())
                .data("recommendations", recommendations.join()).data("needs", recorded).data("suggestion", suggested)
                .data("nf", needsForm).data("requirements", requirementCodes).data("advisor", advisor.join())
                .data("inBook", "advisor".equals(pages.session().role()) ? inBook(advisor.join(), pages.session().name()) : null)
                .data("assigned", null);
        codes.forEach((name, part) -> page.data(name, part.join()));
        return page;
    }

    /** Whether the client is in {@code advisorId}'s book: true, false (in none, or another's), null when unknown. */
    static Boolean inBook(Part<BookEntry> responsible, String advisorId) {
        if (responsible.ok()) {
            return advisorId.equals(responsible.value().advisorId());
        }
        return responsible.notFound() ? Boolean.FALSE : null;
    }

    /** Oldest first: the day, the average assets and the segment of each change. */
    static List<HistoryPoint> historyChart(Part<Page<SegmentChange>> history, Msg m) {
        List<HistoryPoint> points = new ArrayList<>();
        if (history.ok()) {
            for (SegmentChange change : history.value().items()) {
                points.add(0, new HistoryPoint(change.asOf() == null ? null : change.asOf().toString(),
                        change.averageAssets(), m.labelled("segment", change.segment())));
            }
        }
        return points;
    }
}
