package dev.kehu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One service jar run as a child JVM against the benchmark's broker and database. */
final class ServiceUnderTest implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final long startMillis;
    private final Process process;

    private ServiceUnderTest(String name, int port, Process process, long startMillis) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startMillis = startMillis;
    }

    /** Where a service finds its broker, database server and token key. */
    record Target(Path home, String kafkaBootstrap, java.util.function.Function<String, String> jdbcUrl, Path publicKey) {
        static Target of(BenchInfra infra) {
            return new Target(infra.home(), infra.kafka().bootstrapServers(), infra.postgres()::jdbcUrl,
                    infra.tokens().publicKeyFile());
        }
    }

    static ServiceUnderTest start(String name, BenchInfra infra, Path logDir, List<String> extraProperties) {
        return start(name, Target.of(infra), dev.kehu.testsupport.FreePorts.find(), logDir, extraProperties);
    }

    /** Starts the service and waits until it reports ready; {@link #startMillis} is the time that took. */
    static ServiceUnderTest start(String name, Target target, int port, Path logDir, List<String> extraProperties) {
        long t0 = System.nanoTime();
        ServiceUnderTest launched = launch(name, target, port, logDir, extraProperties);
        launched.awaitReady(Duration.ofSeconds(120));
        return new ServiceUnderTest(name, port, launched.process, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Starts the service without waiting for it: it may already be consuming when this returns. */
    static ServiceUnderTest launch(String name, Target target, int port, Path logDir, List<String> extraProperties) {
        Path jar = target.home().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw package -DskipTests first");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + target.kafkaBootstrap(),
                "-Dquarkus.datasource.jdbc.url=" + target.jdbcUrl().apply(database(name)),
                // the packaged services have no default password and serve no metrics unless told to:
                // the benchmark and the replica tests read /q/metrics
                "-Dquarkus.datasource.username=postgres", "-Dquarkus.datasource.password=postgres",
                "-Dkehu.metrics.enabled=true",
                "-Dmp.jwt.verify.publickey.location=" + target.publicKey().toUri(),
                "-Dquarkus.log.console.json.enabled=false"));
        cmd.addAll(dev.kehu.testsupport.TestJvm.options());
        cmd.addAll(extraProperties);
        cmd.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logDir);
            Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(name + ".log").toFile())).start();
            return new ServiceUnderTest(name, port, process, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String database(String service) {
        return service.replace("-service", "");
    }

    long pid() {
        return process.pid();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " (see its log)");
            }
            if (isReady()) {
                return;
            }
            Pause.millis(100);
        }
        throw new IllegalStateException(name + " not ready within " + timeout);
    }

    /** Resident set size in MiB, from /proc (Linux). */
    double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Whether /q/health/ready answers 200 right now. */
    boolean isReady() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, no graceful close, as when a machine dies. */
    void kill9() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
