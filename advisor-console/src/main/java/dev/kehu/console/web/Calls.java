package dev.kehu.console.web;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls a service and turns whatever happens into a {@link Part}: never an exception on a page. */
@ApplicationScoped
public class Calls {

    public static final String PROFILING = "profiling-service";
    public static final String SEGMENTATION = "segmentation-service";
    public static final String RETENTION = "retention-service";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "console-call");
        t.setDaemon(true);
        return t;
    });

    public Part call(String service, Supplier<Object> request) {
        try {
            return Part.of(service, request.get());
        } catch (WebApplicationException e) {
            return Part.failed(service, e.getResponse().getStatus(), problemDetail(e));
        } catch (ProcessingException e) {
            return Part.failed(service, 0, reason(e));
        } catch (RuntimeException e) {
            return Part.failed(service, 0, reason(e));
        }
    }

    /** The same, on another thread: a page starts all its calls at once and waits for each. */
    public CompletableFuture<Part> async(String service, Supplier<Object> request) {
        return CompletableFuture.supplyAsync(() -> call(service, request), pool);
    }

    /** The problem+json {@code detail} (or {@code title}) of a refused request, else its status line. */
    static String problemDetail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            if (body != null && !body.isBlank()) {
                Map<?, ?> problem = JSON.readValue(body, Map.class);
                Object detail = problem.get("detail") != null ? problem.get("detail") : problem.get("title");
                if (detail != null) {
                    return detail.toString();
                }
            }
        } catch (Exception ignored) {
            // no readable body: the status says enough
        }
        return e.getResponse().getStatusInfo().getReasonPhrase();
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return "no answer in time";
            }
        }
        return e.getClass().getSimpleName();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
