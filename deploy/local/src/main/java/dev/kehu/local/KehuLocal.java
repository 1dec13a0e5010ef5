package dev.kehu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.EmbeddedPostgresServer;
import dev.kehu.testsupport.FreePorts;

/**
 * {@code ./kehu up}: Kafka and PostgreSQL in this JVM (PostgreSQL as its child process), the three
 * services as child JVMs, all in the foreground until Ctrl-C or SIGTERM, which stops everything.
 */
public final class KehuLocal {

    private KehuLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(List.of(args), System.getenv(), System.getProperty("kehu.home"));
        } catch (IllegalArgumentException e) {
            System.err.println("kehu: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(KehuException.USAGE);
            return;
        }
        Shutdown shutdown = new Shutdown();
        try {
            up(options, shutdown);
        } catch (KehuException e) {
            fail(shutdown, e.exitCode(), e.getMessage());
        } catch (RuntimeException e) {
            fail(shutdown, KehuException.STARTUP_FAILED, "could not start: " + rootCause(e)
                    + "\n(details in " + options.logDir().resolve("infra.log") + ")");
        }
        Console.print("Press Ctrl-C to stop.");
        // the main thread stays: the services' parent-death signal is tied to it (see ServiceProcess)
        new CountDownLatch(1).await();
    }

    private static void up(Options options, Shutdown shutdown) {
        long start = System.nanoTime();
        shutdown.onStop("the run lock", RunLock.acquire(options.dataDir()));
        StopSignals.install(shutdown);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "kehu-stop"));

        StaleProcesses.stop(options, Console::say);
        if (options.fresh()) {
            Console.say("--fresh: wiping " + options.dataDir());
            wipeData(options);
        }
        checkPortsFree(options);
        InfraLog.redirectTo(options.logDir().resolve("infra.log"));

        Console.say("starting Kafka (127.0.0.1:" + Options.KAFKA_PORT + ") and PostgreSQL (127.0.0.1:"
                + options.pgPort() + "), data in " + options.dataDir());
        // the two take ~3 s each: start them side by side
        CompletableFuture<EmbeddedPostgresServer> postgresStart = CompletableFuture.supplyAsync(
                () -> Infra.startPostgres(options, ServiceSpec.ALL, shutdown));
        EmbeddedKafkaBroker kafka;
        try {
            kafka = Infra.startKafka(options, shutdown);
        } finally {
            postgresStart.exceptionally(e -> null).join(); // registered for shutdown either way
        }
        EmbeddedPostgresServer postgres = unwrap(postgresStart);
        Console.say(String.format("Kafka and PostgreSQL are ready (%.1f s)", seconds(start)));

        LocalKeys keys = Infra.devKeys(options);
        if (!options.infraOnly()) {
            Services services = new Services();
            shutdown.onStop("the services", services);
            int wave = 1;
            for (ServiceSpec spec : ServiceSpec.started(options.replicas())) {
                if (spec.instance() != wave) {
                    // the second instances start once the first are ready: seven JVMs starting at
                    // once on a small machine take longer than the ready timeout
                    services.awaitReady(start);
                    wave = spec.instance();
                }
                services.add(ServiceProcess.start(spec, options, spec.database() == null ? null : kafka.bootstrapServers(),
                        spec.database() == null ? null : postgres.jdbcUrl(spec.database()), keys.publicKeyFile()));
            }
            services.awaitReady(start);
        }
        Banner.print(options, kafka, postgres, seconds(start));
    }

    private static void checkPortsFree(Options options) {
        List<String> taken = new ArrayList<>();
        portUser(taken, Options.KAFKA_PORT, "Kafka");
        portUser(taken, Options.KAFKA_CONTROLLER_PORT, "the Kafka controller");
        portUser(taken, options.pgPort(), "PostgreSQL (set KEHU_PG_PORT to use another)");
        if (!options.infraOnly()) {
            ServiceSpec.started(options.replicas()).forEach(s -> portUser(taken, s.port(), s.instanceName()));
        }
        if (!taken.isEmpty()) {
            throw new KehuException(KehuException.ALREADY_RUNNING, String.join("\n", taken)
                    + "\n(is Kehu already running with another KEHU_DATA_DIR? `ss -ltnp` shows who holds a port)");
        }
    }

    private static void portUser(List<String> taken, int port, String neededBy) {
        if (FreePorts.isTaken(port)) {
            taken.add("port " + port + " is taken by another program; it is needed for " + neededBy);
        }
    }

    /**
     * --fresh keeps the lock file (held by this very run, it guards the folder) and the JWT keys
     * (so tokens handed out earlier stay valid); everything else goes.
     */
    private static void wipeData(Options options) {
        Path dataDir = options.dataDir();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dataDir) && !p.equals(dataDir.resolve(RunLock.FILE_NAME)) && !p.startsWith(options.keysDir())) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + dataDir, e);
        }
    }

    private static void fail(Shutdown shutdown, int exitCode, String message) {
        System.err.println("kehu: " + message);
        shutdown.run();
        System.exit(exitCode);
    }

    private static <T> T unwrap(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        StringBuilder chain = new StringBuilder(String.valueOf(e.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            chain.append("\n  caused by ").append(t);
        }
        return chain.toString();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
