package dev.kehu.retention.config;

/**
 * The name the service signs its own writes with (the actor of a scheduled round, the cause of a consumed
 * message), so that a scan, an escalation and a feed's effects are traced to the same service.
 */
public final class ServiceName {

    /** As {@code quarkus.application.name}. */
    public static final String RETENTION = "retention-service";

    private ServiceName() {
    }
}
