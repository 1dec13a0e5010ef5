package dev.kehu.profiling.config;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;

/** An {@link EventRow} of something a client completed (a risk assessment, a service survey). */
@MappedSuperclass
public abstract class ClientEventRow extends EventRow {

    public String clientId;

    public Instant completedAt;
}
