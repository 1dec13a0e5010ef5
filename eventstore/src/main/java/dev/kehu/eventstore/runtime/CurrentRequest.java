package dev.kehu.eventstore.runtime;

import java.util.UUID;

import dev.kehu.eventstore.EventMetadata;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who is asking and under which correlation id: the metadata every event caused by this
 * request carries. The correlation id comes from {@code X-Correlation-Id} or is made up.
 */
@RequestScoped
public class CurrentRequest {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final String correlationId;
    private final Instance<SecurityIdentity> identity;

    public CurrentRequest(Instance<HttpServerRequest> http, Instance<SecurityIdentity> identity) {
        String given = http.isResolvable() ? http.get().getHeader(CORRELATION_HEADER) : null;
        this.correlationId = given != null && given.matches("[A-Za-z0-9._:-]{1,100}") ? given
                : UUID.randomUUID().toString();
        this.identity = identity;
    }

    public String correlationId() {
        return correlationId;
    }

    public String actor() {
        if (identity.isResolvable() && !identity.get().isAnonymous()) {
            return identity.get().getPrincipal().getName();
        }
        return "anonymous";
    }

    public String actorRole() {
        if (identity.isResolvable() && !identity.get().isAnonymous()) {
            return String.join(",", identity.get().getRoles().stream().sorted().toList());
        }
        return "anonymous";
    }

    public EventMetadata metadata() {
        return new EventMetadata(correlationId, correlationId, actor(), actorRole());
    }
}
