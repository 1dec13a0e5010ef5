package dev.kehu.eventstore.runtime;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.event.Observes;

/**
 * No database password is packaged (docs/security.md): a service started without one stops at
 * once, before it tries the database, with an error naming {@code QUARKUS_DATASOURCE_PASSWORD} (the
 * services' {@code application.properties} set the password to that variable). Quarkus alone would only
 * fail later, with the database's own "no password was provided".
 */
@ConfigMapping(prefix = "quarkus.datasource")
public interface DatabasePassword {

    /** Required: set {@code QUARKUS_DATASOURCE_PASSWORD} (./kehu up and the tests pass their own). */
    String password();

    /**
     * Quarkus checks a mapping when the configuration is read, first of all at start-up, only if something
     * injects it: this does.
     */
    class Required {
        void atStartUp(@Observes StartupEvent event, DatabasePassword password) {
            // nothing more: the mapping's check has run
        }
    }
}
