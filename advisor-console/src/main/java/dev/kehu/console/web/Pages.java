package dev.kehu.console.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.kehu.console.api.Service;
import dev.kehu.console.api.profiling.ProfilingApi;
import dev.kehu.console.api.retention.RetentionApi;
import dev.kehu.console.api.segmentation.SegmentationApi;
import dev.kehu.console.auth.Session;
import dev.kehu.console.codes.CodeList;
import dev.kehu.console.codes.CodeLists;
import dev.kehu.console.i18n.Msg;
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

    @Inject
    CodeLists codeLists;

    @RestClient
    ProfilingApi profiling;

    @RestClient
    SegmentationApi segmentation;

    @RestClient
    RetentionApi retention;

    /** A request to one service's API, sent with the signed-in person's bearer token. */
    @FunctionalInterface
    public interface Request<A, T> {
        T send(A api, String bearer);
    }

    /** One call, waited for here (with the deadline of every page part). */
    public <T> Part<T> profiling(Request<ProfilingApi, T> request) {
        return profilingAsync(request).join();
    }

    public <T> CompletableFuture<Part<T>> profilingAsync(Request<ProfilingApi, T> request) {
        return calls.async(Service.PROFILING.serviceName, bound(profiling, request));
    }

    public <T> CompletableFuture<Part<T>> segmentationAsync(Request<SegmentationApi, T> request) {
        return calls.async(Service.SEGMENTATION.serviceName, bound(segmentation, request));
    }

    public <T> Part<T> retention(Request<RetentionApi, T> request) {
        return retentionAsync(request).join();
    }

    public <T> CompletableFuture<Part<T>> retentionAsync(Request<RetentionApi, T> request) {
        return calls.async(Service.RETENTION.serviceName, bound(retention, request));
    }

    /** The codes a filter or a form offers, from the service that owns them. */
    public CompletableFuture<Part<List<String>>> codes(CodeList list) {
        return calls.async(list.service.serviceName, () -> codeLists.get(list));
    }

    /** The token is read here, on the request's thread: a call on another thread has no session to ask. */
    private <A, T> Supplier<T> bound(A api, Request<A, T> request) {
        String bearer = session.bearer();
        return () -> request.send(api, bearer);
    }

    public TemplateInstance page(Template template, String title) {
        return template.data("s", session).data("m", msg()).data("title", title);
    }

    public Msg msg() {
        return Msg.of(session.lang());
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
}
