package dev.kehu.console.web;

import dev.kehu.console.i18n.Msg;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/**
 * One part of a page as a service delivered it, or why it could not: each section of a page
 * stands or falls on its own, so a service that is down or slow shows as such and nothing else.
 *
 * @param service the service asked, e.g. {@code retention-service}
 * @param value   the decoded JSON body when {@code ok}
 * @param status  the HTTP status the service answered with (0 when it did not answer)
 * @param detail  the problem's detail (or the reason nothing came back)
 */
@TemplateData
public record Part(String service, boolean ok, Object value, int status, String detail) {

    static Part of(String service, Object value) {
        return new Part(service, true, value, 200, null);
    }

    static Part failed(String service, int status, String detail) {
        return new Part(service, false, null, status, detail);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The {@code items} of a page of a collection. */
    @SuppressWarnings("unchecked")
    public List<Object> items() {
        Object items = map().get("items");
        return items instanceof List<?> l ? (List<Object>) l : List.of();
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
