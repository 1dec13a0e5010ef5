package dev.kehu.console.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

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

import dev.kehu.console.api.profiling.ServiceNeeds;
import dev.kehu.console.api.retention.Assignment;
import dev.kehu.console.api.retention.TaskStep;
import dev.kehu.console.api.retention.TaskView;
import dev.kehu.console.api.retention.TaskView.PlanStep;
import dev.kehu.console.codes.CodeList;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /tasks/{taskId}}: a CPR task worked through Comprehend → Propose → Respond → closed, with
 * the LSCPA checklist. Each form sends the version the page showed as {@code If-Match}, so a step
 * someone else took meanwhile, or an illegal one, comes back as the service's 409, shown as such.
 * The forms offer the codes retention-service's OpenAPI document lists for each step's field.
 */
@Path("/tasks/{taskId}")
@Produces(MediaType.TEXT_HTML)
public class TaskResource {

    /** Retention's task ids are UUIDs (docs/contract.md, {@code retention.task-events}). */
    static final Pattern TASK_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    static final Set<String> STEPS = Set.of("comprehension", "proposal", "response", "close", "lscpa", "claim", "assign");
    /** The contacts beside the forms. */
    static final int RECENT_CONTACTS = 5;

    @Inject
    Template task;

    @Inject
    Pages pages;

    @GET
    public Object show(@PathParam("taskId") String taskId) {
        if (!TASK_ID.matcher(taskId).matches()) {
            return Response.status(404).build();
        }
        return render(taskId, null, FormState.none());
    }

    @POST
    @Path("{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object step(@PathParam("taskId") String taskId, @PathParam("step") String step, MultivaluedMap<String, String> form) {
        if (!STEPS.contains(step) || !TASK_ID.matcher(taskId).matches()) {
            return Response.status(404).build();
        }
        if (!pages.session().canWrite() || "assign".equals(step) && !pages.session().isManager()) {
            return Response.status(403).build();
        }
        String version = form.getFirst("version");
        String ifMatch = version == null || version.isBlank() ? null : "\"" + version.strip() + "\"";
        Part<TaskView> outcome = switch (step) {
            case "claim" -> pages.retention((api, bearer) -> api.claim(bearer, ifMatch, taskId));
            case "assign" -> pages.retention((api, bearer) -> api.assign(bearer, ifMatch, taskId,
                    new Assignment(form.getFirst("advisorId") == null ? null : form.getFirst("advisorId").strip())));
            default -> pages.retention((api, bearer) -> api.step(bearer, ifMatch, taskId, step, body(step, form)));
        };
        return render(taskId, outcome, FormState.none());
    }

    /** The request body of a step from the form's fields (docs/contract.md, retention-service). */
    static TaskStep body(String step, MultivaluedMap<String, String> form) {
        return switch (step) {
            case "comprehension" -> new TaskStep.Comprehension(form.getFirst("reasonCategory"), form.getFirst("trigger"),
                    form.getFirst("driver"), form.getFirst("rootCause"), form.getFirst("notes"));
            case "proposal" -> new TaskStep.Proposal(planSteps(form.getFirst("steps")));
            case "response" -> new TaskStep.Response(form.getFirst("answer"), form.getFirst("notes"));
            case "close" -> new TaskStep.Close(form.getFirst("outcome"), form.getFirst("notes"));
            default -> new TaskStep.Lscpa(form.getFirst("step"), form.getFirst("notes"));
        };
    }

    /** One plan step per non-blank line, at levels 1, 2, 3, … */
    private static List<PlanStep> planSteps(String text) {
        List<PlanStep> steps = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (!line.isBlank()) {
                steps.add(new PlanStep(steps.size() + 1, line.strip()));
            }
        }
        return steps;
    }

    /**
     * The task, its forms, and beside them what the advisor needs in the conversation (the client's
     * personality guidance, value, tier and promised services, weakest SERVQUAL dimension, last contacts),
     * each part from the service that owns it; {@code form} is a contact form sent back to this page.
     */
    TemplateInstance render(String taskId, Part<TaskView> outcome, FormState form) {
        CompletableFuture<Part<List<String>>> reasons = pages.codes(CodeList.REASON);
        CompletableFuture<Part<List<String>>> answers = pages.codes(CodeList.ANSWER);
        CompletableFuture<Part<List<String>>> outcomes = pages.codes(CodeList.OUTCOME);
        CompletableFuture<Part<List<String>>> lscpa = pages.codes(CodeList.LSCPA_STEP);
        ContactForm.Codes contactCodes = ContactForm.Codes.ask(pages);
        Part<TaskView> t = pages.retention((api, bearer) -> api.task(bearer, taskId));
        String clientId = t.ok() ? t.value().clientId() : null;
        var profile = clientId == null ? null : pages.profilingAsync((api, bearer) -> api.profile(bearer, clientId));
        var segment = clientId == null ? null : pages.segmentationAsync((api, bearer) -> api.segment(bearer, clientId));
        var plan = clientId == null ? null : pages.retentionAsync((api, bearer) -> api.servicePlan(bearer, clientId));
        var contacts = clientId == null ? null
                : pages.retentionAsync((api, bearer) -> api.contacts(bearer, clientId, RECENT_CONTACTS));
        var needs = clientId == null ? null : pages.profilingAsync((api, bearer) -> api.serviceNeeds(bearer, clientId));
        Part<ServiceNeeds> n = join(needs);
        ContactForm contact = contactCodes.form(clientId, taskId, "/tasks/" + taskId, "RETENTION",
                n != null && n.ok() ? n.value().preferredChannel() : null);
        return pages.page(task, pages.msg().t("task.title")).data("t", t).data("taskId", taskId).data("outcome", outcome)
                .data("reasons", reasons.join()).data("answers", answers.join()).data("outcomes", outcomes.join())
                .data("lscpaSteps", lscpa.join()).data("contact", contact).data("f", form)
                .data("profile", join(profile)).data("segment", join(segment)).data("plan", join(plan))
                .data("contacts", join(contacts));
    }

    /** The part, or none when the task itself did not come (the template then shows only the task's box). */
    private static <T> Part<T> join(CompletableFuture<Part<T>> part) {
        return part == null ? null : part.join();
    }
}
