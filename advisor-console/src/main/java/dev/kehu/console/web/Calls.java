package dev.kehu.console.web;

import java.net.ConnectException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.console.api.Problem;
import dev.kehu.console.codes.CodeLists;
import dev.kehu.console.config.ConsoleConfig;

/**
 * Calls a service and turns whatever happens into a {@link Part}: never an exception on a page. The
 * calls run on a bounded pool with a bounded queue ({@code kehu.console.calls.*}): a call that finds
 * both full is not made and its part says the console is busy, and a part whose answer has not come
 * by the deadline shows as unavailable while the rest of the page is shown.
 */
@Singleton
public class Calls {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ThreadPoolExecutor pool;
    private final long deadlineMillis;

    Calls(ConsoleConfig config) {
        ConsoleConfig.Calls c = config.calls();
        pool = new ThreadPoolExecutor(c.threads(), c.threads(), 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(c.queue()), r -> {
            Thread t = new Thread(r, "console-call");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        deadlineMillis = c.deadline().toMillis();
    }

    public <T> Part<T> call(String service, Supplier<T> request) {
        try {
            return Part.of(service, request.get());
        } catch (WebApplicationException e) {
            Problem problem = problem(e);
            String detail = problem.detail() != null ? problem.detail()
                    : problem.title() != null ? problem.title() : e.getResponse().getStatusInfo().getReasonPhrase();
            return Part.failed(service, e.getResponse().getStatus(), detail, problem.errors());
        } catch (RuntimeException e) { // ProcessingException (refused, timed out) or anything else
            return Part.failed(service, 0, reason(e));
        }
    }

    /**
     * The same, on the pool: a page starts all its calls at once and waits for each, at most until
     * its deadline (the call itself is still bounded by the rest client's read timeout).
     */
    public <T> CompletableFuture<Part<T>> async(String service, Supplier<T> request) {
        try {
            return CompletableFuture.supplyAsync(() -> call(service, request), pool).completeOnTimeout(
                    Part.<T>failed(service, 0, "no answer within %.1f s".formatted(deadlineMillis / 1000.0)),
                    deadlineMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(Part.<T>failed(service, 0, "the console is busy"));
        }
    }

    /** The problem+json body of a refused request (its detail, title and fields); an empty one when unreadable. */
    static Problem problem(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            if (body != null && !body.isBlank()) {
                return JSON.readValue(body, Problem.class);
            }
        } catch (Exception ignored) {
            // no readable body: the status says enough
        }
        return new Problem(null, null, null);
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CodeLists.MissingCodes) {
                return t.getMessage();
            }
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
