package dev.kehu.console.api.retention;

import java.time.Instant;

/** A client in an advisor's book: {@code PUT /clients/{clientId}/advisor}'s answer and a row of the book. */
public record BookEntry(String clientId, String advisorId, String assignedBy, Instant assignedAt) {

    /** The body of {@code PUT /clients/{clientId}/advisor} (manager). */
    public record Request(String advisorId) {
    }
}
