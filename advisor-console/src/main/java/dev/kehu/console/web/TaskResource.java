package dev.kehu.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;


import io.quarkus.qute.Template;

/**
 * {@code /tasks/{taskId}}: a CPR task worked through Comprehend → Propose → Respond → closed, with
 * the LSCPA checklist. Each form sends the version the page showed as {@code If-Match}, so a step
 * someone else took meanwhile, or an illegal one, comes back as the service's 409, shown as such.
 */
@Path("/tasks/{taskId}")
@Produces(MediaType.TEXT_HTML)
public class TaskResource {

    static final Set<String> STEPS = Set.of("comprehension", "proposal", "response", "close", "lscpa");
    static final List<String> REASONS = List.of("PRICE_AND_PRODUCT", "CLIENT_CHANGE", "NEGLECT");
    static final List<String> ANSWERS = List.of("AGREED", "PARTIALLY_AGREED", "DECLINED");
    static final List<String> OUTCOMES = List.of("RETAINED", "PARTIALLY_RETAINED", "LOST");
    static final List<String> LSCPA = List.of("LISTEN", "SHOW_RESPECT", "CLARIFY", "EXPLAIN", "ACT");

    @Inject
    Template task;

    @Inject
    Pages pages;

    @GET
    public Object show(@PathParam("taskId") String taskId) {
        return render(taskId, null);
    }

    @POST
    @Path("{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object step(@PathParam("taskId") String taskId, @PathParam("step") String step, MultivaluedMap<String, String> form) {
        if (!STEPS.contains(step) || !ClientResource.CLIENT_ID.matcher(taskId).matches()) {
            return Response.status(404).build();
        }
        if (!pages.session().canWrite()) {
            return Response.status(403).build();
        }
        String version = form.getFirst("version");
        String ifMatch = version == null || version.isBlank() ? null : "\"" + version.strip() + "\"";
        Part outcome = pages.retention((api, bearer) -> api.step(bearer, ifMatch, taskId, step, body(step, form)));
        return render(taskId, outcome);
    }

    /** The request body of a step from the form's fields (SPEC §5). */
    static Map<String, Object> body(String step, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case "comprehension" -> {
                for (String f : List.of("reasonCategory", "trigger", "driver", "rootCause", "notes")) {
                    body.put(f, form.getFirst(f));
                }
            }
            case "proposal" -> {
                List<Map<String, Object>> steps = new ArrayList<>();
                String text = form.getFirst("steps");
                for (String line : text == null ? new String[0] : text.split("\\R")) {
                    if (!line.isBlank()) {
                        steps.add(Map.of("level", steps.size() + 1, "action", line.strip()));
                    }
                }
                body.put("steps", steps);
            }
            case "response" -> {
                body.put("answer", form.getFirst("answer"));
                body.put("notes", form.getFirst("notes"));
            }
            case "close" -> {
                body.put("outcome", form.getFirst("outcome"));
                body.put("notes", form.getFirst("notes"));
            }
            default -> {
                body.put("step", form.getFirst("step"));
                body.put("notes", form.getFirst("notes"));
            }
        }
        return body;
    }

    private Object render(String taskId, Part outcome) {
        Part t = pages.retention((api, bearer) -> api.task(bearer, taskId));
        Object allowed = t.map().get("allowedNextSteps");
        return pages.page(task, pages.msg().t("task.title")).data("t", t).data("taskId", taskId).data("outcome", outcome)
                .data("allowed", allowed instanceof List<?> l ? l : List.of())
                .data("reasons", REASONS).data("answers", ANSWERS).data("outcomes", OUTCOMES).data("lscpaSteps", LSCPA)
                .data("ticked", ticked(t));
    }

    /** The LSCPA steps already ticked, whatever shape the service lists them in. */
    static List<String> ticked(Part task) {
        List<String> ticked = new ArrayList<>();
        Object lscpa = task.map().get("lscpa");
        if (lscpa instanceof List<?> l) {
            for (Object o : l) {
                ticked.add(o instanceof Map<?, ?> m ? String.valueOf(m.get("step")) : String.valueOf(o));
            }
        } else if (lscpa instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> ticked.add(String.valueOf(k)));
        }
        return ticked;
    }
}
