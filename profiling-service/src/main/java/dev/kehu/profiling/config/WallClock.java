package dev.kehu.profiling.config;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The wall clock, read only at the edge (application services) and passed into commands. Millisecond
 * precision, so a time survives the JSON and timestamptz round trips unchanged.
 */
@ApplicationScoped
public class WallClock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
