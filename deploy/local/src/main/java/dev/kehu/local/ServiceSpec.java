package dev.kehu.local;

import java.nio.file.Path;
import java.util.List;

/** One of the three services of SPEC §1, or the advisor console (SPEC §10): its module folder, HTTP port and database. */
record ServiceSpec(String name, int port, String database) {

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("profiling-service", 8081, "profiling"),
            new ServiceSpec("segmentation-service", 8082, "segmentation"),
            new ServiceSpec("retention-service", 8083, "retention"));

    /** The web console: no database, no Kafka; it calls the three services and signs in with the local key. */
    static final ServiceSpec CONSOLE = new ServiceSpec("advisor-console", 8080, null);

    /** The services and then the console, in the order they are started. */
    static final List<ServiceSpec> WITH_CONSOLE = List.of(ALL.get(0), ALL.get(1), ALL.get(2), CONSOLE);

    Path jar(Path home) {
        return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** System properties beyond the common ones of {@link ServiceLauncher#command}. */
    List<String> properties(Options options) {
        if (database != null) {
            return List.of();
        }
        return List.of("-Dsmallrye.jwt.sign.key.location=" + options.keysDir().resolve("private.pem").toUri());
    }
}
