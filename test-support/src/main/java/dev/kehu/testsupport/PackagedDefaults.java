package dev.kehu.testsupport;

import java.net.URL;
import java.util.NoSuchElementException;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * What a service's packaged {@code application.properties} leaves on and off in production
 * (docs/security.md), read the way Quarkus reads it, without starting the service.
 */
public final class PackagedDefaults {

    private PackagedDefaults() {
    }

    /** The service's own {@code application.properties} under {@code profile} (e.g. prod, test). */
    public static SmallRyeConfig under(String profile) {
        URL file = Thread.currentThread().getContextClassLoader().getResource("application.properties");
        if (file == null) {
            throw new IllegalStateException("no application.properties on the class path");
        }
        try {
            return new SmallRyeConfigBuilder().withProfile(profile)
                    .withSources(new PropertiesConfigSource(file, 250)).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The message a start-up without a database password fails with; it must name the variable to set. */
    public static String missingPasswordMessage(SmallRyeConfig config) {
        try {
            config.getValue("quarkus.datasource.password", String.class);
        } catch (NoSuchElementException e) {
            return e.getMessage();
        }
        throw new AssertionError("a database password is packaged: quarkus.datasource.password = "
                + config.getRawValue("quarkus.datasource.password"));
    }
}
