package dev.kehu.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import dev.kehu.console.api.profiling.Assessment;
import dev.kehu.console.api.profiling.ProfilingApi;
import dev.kehu.console.api.profiling.Questionnaire;
import io.quarkus.qute.Template;

/**
 * {@code /clients/{clientId}/questionnaire}: the current risk questionnaire as the service serves it
 * (questions, options and labels), filled in with or for the client, scored by the service.
 */
@Path("/clients/{clientId}/questionnaire")
@Produces(MediaType.TEXT_HTML)
public class QuestionnaireResource {

    @Inject
    Template questionnaire;

    @Inject
    Pages pages;

    @GET
    public Object form(@PathParam("clientId") String clientId) {
        if (!ClientResource.CLIENT_ID.matcher(clientId).matches()) {
            return Response.status(404).build();
        }
        return render(clientId, Map.of(), null, pages.profiling(ProfilingApi::questionnaire));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@PathParam("clientId") String clientId, MultivaluedMap<String, String> form) {
        if (!ClientResource.CLIENT_ID.matcher(clientId).matches() || !pages.session().canWrite()) {
            return Response.status(403).build();
        }
        Part<Questionnaire> q = pages.profiling(ProfilingApi::questionnaire);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : q.ok() ? q.value().questions() : List.<Questionnaire.Question>of()) {
            String given = form.getFirst(question.id());
            if (given != null && !given.isBlank()) {
                answers.put(question.id(), question.isNumber() ? number(given) : given);
            }
        }
        Part<Assessment> result = pages.profiling((api, bearer) -> api.assess(bearer, clientId, new ProfilingApi.Answers(answers)));
        return render(clientId, form, result, q);
    }

    private static Object number(String given) {
        try {
            return Long.parseLong(given.strip());
        } catch (NumberFormatException e) {
            return given; // the service names the field in its 400
        }
    }

    private Object render(String clientId, Map<String, ? extends List<String>> given, Part<Assessment> result, Part<Questionnaire> q) {
        Map<String, String> answered = new LinkedHashMap<>();
        given.forEach((k, v) -> answered.put(k, v.isEmpty() ? "" : v.get(0)));
        return pages.page(questionnaire, pages.msg().t("q.title") + " · " + clientId).data("clientId", clientId)
                .data("q", q).data("result", result).data("given", answered);
    }
}
