package dev.kehu.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the three services of docs/contract.md#topics-and-events, or the advisor console (docs/contract.md#advisor-console-8080): its module folder, HTTP
 * port and database, and which instance of it this is (1 for the first; {@code --replicas} adds more).
 */
record ServiceSpec(String name, int port, String database, int instance) {

    /** Instance n of a service listens this much above instance n-1: 8081, 8091, 8101... */
    static final int PORT_STEP = 10;

    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("profiling-service", 8081, "profiling"),
            new ServiceSpec("segmentation-service", 8082, "segmentation"),
            new ServiceSpec("retention-service", 8083, "retention"));

    /** The web console: no database, no Kafka; it calls the three services and signs in with the local key. */
    static final ServiceSpec CONSOLE = new ServiceSpec("advisor-console", 8080, null);

    ServiceSpec(String name, int port, String database) {
        this(name, port, database, 1);
    }

    /**
     * What {@code ./kehu up --replicas n} starts, in order: the first instance of each service and
     * the console (one: it calls the first instances), then the second instance of each...
     */
    static List<ServiceSpec> started(int replicas) {
        List<ServiceSpec> specs = new ArrayList<>();
        for (int n = 1; n <= replicas; n++) {
            for (ServiceSpec s : ALL) {
                specs.add(s.replica(n));
            }
            if (n == 1) {
                specs.add(CONSOLE);
            }
        }
        return List.copyOf(specs);
    }

    /** Instance n of this service: same jar, database and consumer groups, its own port, log and pid file. */
    ServiceSpec replica(int n) {
        int firstPort = port - PORT_STEP * (instance - 1);
        return new ServiceSpec(name, firstPort + PORT_STEP * (n - 1), database, n);
    }

    /** The name of this instance: the module's for the first, with "-2", "-3"... for the others (logs, pid files). */
    String instanceName() {
        return instance == 1 ? name : name + "-" + instance;
    }

    Path jar(Path home) {
        return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Where a default run ({@code --host 127.0.0.1}) serves this instance. */
    String url() {
        return "http://localhost:" + port;
    }

    /** Where this instance is reached from this machine under these options ({@code --host}). */
    String url(Options options) {
        return "http://" + options.reachableHost() + ":" + port;
    }

    /**
     * System properties beyond the common ones of {@link ServiceLauncher#command}. The console is the
     * local run's: the development sign-in on (tokens signed with the local key), cookies without
     * {@code Secure} (plain http), and the first instance of each service at the address they listen on.
     */
    List<String> properties(Options options) {
        if (database != null) {
            return List.of();
        }
        List<String> p = new ArrayList<>(List.of(
                "-Dsmallrye.jwt.sign.key.location=" + options.keysDir().resolve("private.pem").toUri(),
                "-Dkehu.console.dev-sign-in=true",
                "-Dkehu.console.secure-cookie=false"));
        for (ServiceSpec s : ALL) {
            p.add("-Dquarkus.rest-client." + s.database() + ".url=" + s.url(options));
        }
        return p;
    }
}
