package dev.kehu.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.local.ServiceLauncher;
import dev.kehu.testsupport.DevTokens;
import dev.kehu.testsupport.FreePorts;
import dev.kehu.testsupport.KehuInfra;
import dev.kehu.testsupport.TestJvm;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The console under test talks to the REAL suite: a real Kafka broker and PostgreSQL (test-support)
 * and the three services started from their built jars as processes, the way {@code ./kehu up}
 * starts them ({@link ServiceLauncher}). Their logs land in {@code target/services/}.
 * <p>
 * One suite per test JVM: every class names it with
 * {@code @WithTestResource(value = RealSuite.class, scope = TestResourceScope.MATCHING_RESOURCES)}, so
 * Quarkus runs those classes one after another against one console and this one suite, and stops it
 * after the last. The classes stay apart by working their own clients (C-ZHANG and C-LI, C-CSRF).
 */
public class RealSuite implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("profiling-service", "segmentation-service", "retention-service");
    static final Map<String, String> URLS = new HashMap<>();
    private final List<Process> processes = new ArrayList<>();

    static DevTokens tokens() {
        return KehuInfra.get().tokens();
    }

    static String kafka() {
        return KehuInfra.get().kafka().bootstrapServers();
    }

    @Override
    public Map<String, String> start() {
        KehuInfra infra = KehuInfra.get();
        Path home = Path.of(System.getProperty("kehu.home", "..")).toAbsolutePath().normalize();
        Path logs = Path.of("target", "services").toAbsolutePath();
        Map<String, String> config = new HashMap<>();
        Map<String, Process> started = new HashMap<>();
        try {
            Files.createDirectories(logs);
            for (String name : SERVICES) {
                Path jar = home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(jar + " is missing: build the services first "
                            + "(./mvnw -o -q package -DskipTests -pl profiling-service,segmentation-service,retention-service -am)");
                }
                String database = name.replace("-service", "");
                infra.postgres().createDatabase(database);
                int port = FreePorts.find();
                List<String> jvm = new ArrayList<>(List.of("-Xmx384m"));
                jvm.addAll(TestJvm.options());
                List<String> cmd = ServiceLauncher.command(jar, port, jvm, infra.kafka().bootstrapServers(),
                        infra.postgres().jdbcUrl(database), infra.tokens().publicKeyFile(),
                        List.of("-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER));
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(logs.resolve(name + ".log").toFile()).start();
                processes.add(p);
                started.put(name, p);
                URLS.put(name, "http://127.0.0.1:" + port);
                config.put("quarkus.rest-client." + database + ".url", URLS.get(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : SERVICES) {
            ServiceLauncher.awaitReady(started.get(name), name, URLS.get(name), Duration.ofSeconds(180));
        }
        Path keys = infra.tokens().publicKeyFile().getParent();
        config.put("smallrye.jwt.sign.key.location", keys.resolve("private.pem").toUri().toString());
        // what ./kehu up gives the console: the development sign-in, cookies without Secure (plain http)
        config.put("kehu.console.dev-sign-in", "true");
        config.put("kehu.console.secure-cookie", "false");
        return config;
    }

    @Override
    public void stop() {
        processes.forEach(Process::destroy);
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
