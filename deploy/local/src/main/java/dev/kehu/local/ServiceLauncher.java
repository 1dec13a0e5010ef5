package dev.kehu.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a Kehu Quarkus jar is started as a child JVM and told where its broker, database and token
 * key are; {@code ./kehu up} uses it, and so do tests that run the real services as processes
 * (the advisor console's browser tests).
 */
public final class ServiceLauncher {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private ServiceLauncher() {
    }

    /** {@link #command(Path, String, int, List, String, String, Path, List)} listening on 127.0.0.1 only. */
    public static List<String> command(Path jar, int port, List<String> jvmOptions, String kafkaBootstrap, String jdbcUrl,
            Path jwtPublicKey, List<String> properties) {
        return command(jar, "127.0.0.1", port, jvmOptions, kafkaBootstrap, jdbcUrl, jwtPublicKey, properties);
    }

    /**
     * {@code java <jvmOptions> -Dquarkus.http.host=… -Dquarkus.http.port=… [-Dkafka… -Ddatasource… when
     * jdbcUrl is not null] -Dmp.jwt.verify.publickey.location=… <properties> -jar <jar>}. What the packaged
     * services keep off in production and a local run wants on is switched on here: Swagger UI and
     * /q/metrics. The database password is the embedded PostgreSQL's; nowhere else has a default one.
     */
    public static List<String> command(Path jar, String host, int port, List<String> jvmOptions, String kafkaBootstrap,
            String jdbcUrl, Path jwtPublicKey, List<String> properties) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Dquarkus.http.host=" + host);
        cmd.add("-Dquarkus.http.port=" + port);
        if (kafkaBootstrap != null) {
            cmd.add("-Dkafka.bootstrap.servers=" + kafkaBootstrap);
        }
        if (jdbcUrl != null) {
            cmd.addAll(List.of("-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                    "-Dquarkus.datasource.username=postgres",
                    "-Dquarkus.datasource.password=postgres"));
        }
        // absolute: the default (file:.kehu/keys/public.pem) is relative to the working folder
        cmd.add("-Dmp.jwt.verify.publickey.location=" + jwtPublicKey.toUri());
        cmd.add("-Dquarkus.log.console.json.enabled=false"); // a person reads these logs
        cmd.add("-Dquarkus.swagger-ui.enabled=true");
        cmd.add("-Dkehu.metrics.enabled=true");
        cmd.addAll(properties);
        cmd.addAll(List.of("-jar", jar.toString()));
        return cmd;
    }

    /** Whether {@code baseUrl}/q/health/ready answers 200 right now. */
    public static boolean isReady(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Polls until ready; fails when the process exits first or the time is up. */
    public static void awaitReady(Process process, String name, String baseUrl, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady(baseUrl)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready on " + baseUrl + " after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }
}
