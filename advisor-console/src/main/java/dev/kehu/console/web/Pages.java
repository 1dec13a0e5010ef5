package dev.kehu.console.web;

import dev.kehu.console.i18n.Msg;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.kehu.console.api.ProfilingApi;
import dev.kehu.console.api.RetentionApi;
import dev.kehu.console.api.SegmentationApi;
import dev.kehu.console.auth.Session;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * What every page works with: who is signed in ({@code s}) and the labels of the language ({@code m}) to
 * render it, and the three services to call with that person's token, each answer a {@link Part}.
 */
@RequestScoped
public class Pages {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Session session;

    @Inject
    Calls calls;

    @RestClient
    ProfilingApi profiling;

    @RestClient
    SegmentationApi segmentation;

    @RestClient
    RetentionApi retention;

    /** A request to one service's API, sent with the signed-in person's bearer token. */
    @FunctionalInterface
    public interface Request<A> {
        Object send(A api, String bearer);
    }

    /** One call, waited for here (with the deadline of every page part). */
    public Part profiling(Request<ProfilingApi> request) {
        return profilingAsync(request).join();
    }

    public CompletableFuture<Part> profilingAsync(Request<ProfilingApi> request) {
        return calls.async(Calls.PROFILING, bound(profiling, request));
    }

    public CompletableFuture<Part> segmentationAsync(Request<SegmentationApi> request) {
        return calls.async(Calls.SEGMENTATION, bound(segmentation, request));
    }

    public Part retention(Request<RetentionApi> request) {
        return retentionAsync(request).join();
    }

    public CompletableFuture<Part> retentionAsync(Request<RetentionApi> request) {
        return calls.async(Calls.RETENTION, bound(retention, request));
    }

    /** The token is read here, on the request's thread: a call on another thread has no session to ask. */
    private <A> Supplier<Object> bound(A api, Request<A> request) {
        String bearer = bearer();
        return () -> request.send(api, bearer);
    }

    public TemplateInstance page(Template template, String title) {
        return template.data("s", session).data("m", msg()).data("title", title);
    }

    public Msg msg() {
        return Msg.of(session.lang());
    }

    public String bearer() {
        return session.bearer();
    }

    public Session session() {
        return session;
    }

    /** JSON for a chart, to put in a {@code data-} attribute (Qute escapes it; charts.js parses it). */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Marks an open task whose due time has passed ({@code overdue}), for the worklist and the client page. */
    @SuppressWarnings("unchecked")
    static void markOverdue(Part tasks, Instant now) {
        for (Object item : tasks.items()) {
            if (item instanceof Map<?, ?> task) {
                boolean overdue = false;
                try {
                    overdue = task.get("dueAt") != null && !"CLOSED".equals(task.get("stage"))
                            && Instant.parse(task.get("dueAt").toString()).isBefore(now);
                } catch (DateTimeParseException e) {
                    // shown as it came
                }
                ((Map<String, Object>) task).put("overdue", overdue);
            }
        }
    }
}
