package dev.kehu.eventstore.runtime;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import jakarta.ws.rs.container.ContainerResponseContext;

/** Echoes the request's correlation id so a caller can quote it. */
public class CorrelationHeaderFilter {

    private final CurrentRequest request;

    public CorrelationHeaderFilter(CurrentRequest request) {
        this.request = request;
    }

    @ServerResponseFilter
    public void addCorrelationId(ContainerResponseContext response) {
        response.getHeaders().putSingle(CurrentRequest.CORRELATION_HEADER, request.correlationId());
    }
}
