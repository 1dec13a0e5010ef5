package dev.kehu.console.web;

import java.util.List;

import dev.kehu.console.api.Problem;
import dev.kehu.console.i18n.Msg;

/**
 * One part of a page as a service delivered it, or why it could not: each section of a page
 * stands or falls on its own, so a service that is down or slow shows as such and nothing else.
 *
 * @param service the service asked, e.g. {@code retention-service}
 * @param value   the decoded body when {@code ok} (never null then), else null
 * @param status  the HTTP status the service answered with (0 when it did not answer)
 * @param detail  the problem's detail (or the reason nothing came back)
 * @param errors  the fields a refusing service named (400), else empty
 */
public record Part<T>(String service, boolean ok, T value, int status, String detail, List<Problem.FieldError> errors) {

    public Part {
        errors = errors == null ? List.of() : errors;
    }

    static <T> Part<T> of(String service, T value) {
        return value == null ? failed(service, 204, "no body") : new Part<>(service, true, value, 200, null, null);
    }

    static <T> Part<T> failed(String service, int status, String detail) {
        return failed(service, status, detail, List.of());
    }

    static <T> Part<T> failed(String service, int status, String detail, List<Problem.FieldError> errors) {
        return new Part<>(service, false, null, status, detail, errors);
    }

    /** The service did not answer at all (down, slow, the console busy): a form it refused would say so. */
    public boolean down() {
        return status == 0;
    }

    /** The value when the part came, else the fallback. */
    public T orElse(T fallback) {
        return ok ? value : fallback;
    }

    /** The service has no such thing (a client it never saw); not a service that lacks the endpoint. */
    public boolean notFound() {
        return status == 404 && !endpointMissing();
    }

    /** A 404 for the path itself: this version of the service does not offer the endpoint. */
    public boolean endpointMissing() {
        return status == 404 && detail != null && detail.contains("Unable to find matching target resource method");
    }

    /** What the person reads instead of the part. */
    public String message(Msg m) {
        if (status == 0) {
            return m.t("unavailable.down").formatted(service, detail);
        }
        if (status == 401 || status == 403) {
            return m.t("unavailable.forbidden").formatted(service, status);
        }
        if (endpointMissing()) {
            return m.t("unavailable.missing").formatted(service);
        }
        if (status == 404) {
            return m.t("unavailable.notFound").formatted(service, detail == null ? "" : detail);
        }
        return m.t("unavailable.error").formatted(service, status, detail == null ? "" : detail);
    }
}
