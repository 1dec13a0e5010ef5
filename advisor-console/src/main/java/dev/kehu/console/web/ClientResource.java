package dev.kehu.console.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


import io.quarkus.qute.Template;

/** {@code /clients} (the list with filters and search) and {@code /clients/{clientId}} (the whole picture). */
@Path("/clients")
@Produces(MediaType.TEXT_HTML)
public class ClientResource {

    static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final List<String> SEGMENTS = HomeResource.SIZES.stream()
            .flatMap(s -> HomeResource.ACTIVITIES.stream().map(a -> s + "_" + a)).toList();
    static final List<String> CATEGORIES = List.of("C1", "C2", "C3", "C4", "C5");
    static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    static final int LIST_SIZE = 100;

    @Inject
    Template clients;

    @Inject
    Template client;

    @Inject
    Pages pages;

    /**
     * The list comes from the service that owns the filter: segmentation (segment, or no filter),
     * profiling (risk category), retention (churn level). With several filters, the rows of the
     * first are kept when the client is in the others' lists too.
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
        String seg = known(SEGMENTS, segment);
        String cat = known(CATEGORIES, riskCategory);
        String level = known(LEVELS, churnLevel);
        List<CompletableFuture<Part>> sources = new ArrayList<>();
        if (seg != null || (cat == null && level == null)) {
            sources.add(pages.segmentationAsync((api, bearer) -> api.clients(bearer, seg, 0, LIST_SIZE)));
        }
        if (cat != null) {
            sources.add(pages.profilingAsync((api, bearer) -> api.profiles(bearer, cat, LIST_SIZE)));
        }
        if (level != null) {
            sources.add(pages.retentionAsync((api, bearer) -> api.churnRisks(bearer, level, LIST_SIZE)));
        }
        List<Part> parts = sources.stream().map(CompletableFuture::join).toList();
        Part first = parts.get(0);
        List<Object> rows = new ArrayList<>(first.items());
        for (Part other : parts.subList(1, parts.size())) {
            if (other.ok()) {
                Set<Object> ids = new java.util.HashSet<>(other.items().stream().map(ClientResource::clientId).toList());
                rows.removeIf(r -> !ids.contains(clientId(r)));
            }
        }
        List<Part> failed = parts.stream().filter(p -> !p.ok()).toList();
        return pages.page(clients, pages.msg().t("clients.title")).data("rows", rows).data("source", first)
                .data("failed", failed).data("segment", seg).data("riskCategory", cat).data("churnLevel", level)
                .data("segments", SEGMENTS).data("categories", CATEGORIES).data("levels", LEVELS);
    }

    /** The value when it is one of the codes, else null (an unknown filter value is ignored, not passed on). */
    static String known(List<String> codes, String value) {
        return value != null && codes.contains(value) ? value : null;
    }

    private static Object clientId(Object row) {
        return row instanceof Map<?, ?> m ? m.get("clientId") : null;
    }

    @GET
    @Path("{clientId}")
    public Object one(@PathParam("clientId") String clientId) {
        if (!CLIENT_ID.matcher(clientId).matches()) {
            return Response.status(404).build();
        }
        Map<String, CompletableFuture<Part>> calls = new LinkedHashMap<>();
        calls.put("profile", pages.profilingAsync((api, bearer) -> api.profile(bearer, clientId)));
        calls.put("checks", pages.profilingAsync((api, bearer) -> api.suitabilityChecks(bearer, clientId, 10)));
        calls.put("segment", pages.segmentationAsync((api, bearer) -> api.segment(bearer, clientId)));
        calls.put("history", pages.segmentationAsync((api, bearer) -> api.history(bearer, clientId, 100)));
        calls.put("churn", pages.retentionAsync((api, bearer) -> api.churnRisk(bearer, clientId)));
        calls.put("tasks", pages.retentionAsync((api, bearer) -> api.tasks(bearer, null, clientId, 20)));
        calls.put("plan", pages.retentionAsync((api, bearer) -> api.servicePlan(bearer, clientId)));
        calls.put("contacts", pages.retentionAsync((api, bearer) -> api.contacts(bearer, clientId, 10)));
        var page = pages.page(client, pages.msg().t("client.title") + " " + clientId).data("clientId", clientId);
        calls.forEach((name, call) -> page.data(name, call.join()));
        Part tasks = calls.get("tasks").join();
        Pages.markOverdue(tasks, Instant.now());
        return page.data("historyChart", Pages.json(historyChart(calls.get("history").join())));
    }

    /** Oldest first: the day, the average assets and the segment of each change. */
    static List<Map<String, Object>> historyChart(Part history) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Object item : history.items()) {
            if (item instanceof Map<?, ?> change) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("asOf", change.get("asOf"));
                p.put("averageAssets", change.get("averageAssets"));
                p.put("segment", change.get("segment"));
                points.add(0, p);
            }
        }
        return points;
    }
}
