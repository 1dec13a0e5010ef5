package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.smallrye.config.SmallRyeConfig;

/**
 * What every packaged service leaves on and off in production (docs/security.md), read from its
 * application.properties; a service's {@code PackagedDefaultsTest} extends this.
 */
public abstract class PackagedDefaultsContract {

    @Test
    void productionHasNoDatabasePasswordAndSaysWhichVariableToSet() {
        String message = PackagedDefaults.missingPasswordMessage(PackagedDefaults.under("prod"));
        assertTrue(message.contains("QUARKUS_DATASOURCE_PASSWORD"), message);
    }

    @Test
    void productionServesNeitherSwaggerUiNorMetricsButDevAndTestDo() {
        SmallRyeConfig prod = PackagedDefaults.under("prod");
        assertEquals(false, prod.getValue("quarkus.swagger-ui.enabled", Boolean.class));
        assertEquals(false, prod.getOptionalValue("kehu.metrics.enabled", Boolean.class).orElse(false));
        for (String local : new String[] {"dev", "test"}) {
            SmallRyeConfig config = PackagedDefaults.under(local);
            assertEquals(true, config.getValue("quarkus.swagger-ui.enabled", Boolean.class), local);
            assertEquals(true, config.getValue("kehu.metrics.enabled", Boolean.class), local);
        }
    }

    @Test
    void tokensMustBeForKehuAndEveryOperationNamesItsRoles() {
        SmallRyeConfig prod = PackagedDefaults.under("prod");
        assertEquals("kehu", prod.getValue("mp.jwt.verify.audiences", String.class));
        assertEquals(true, prod.getValue("quarkus.security.jaxrs.deny-unannotated-endpoints", Boolean.class));
        assertTrue(prod.getValue("quarkus.load-shedding.max-limit", Integer.class) > 0);
    }
}
