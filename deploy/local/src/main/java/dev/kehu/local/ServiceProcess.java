package dev.kehu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A service running as a child JVM ({@code java -jar quarkus-run.jar}), its output in logs/<name>.log.
 *
 * @param pidFile where its pid is written for the next run's leftover check (removed once it exits)
 * @param url     where it answers, from this machine
 */
record ServiceProcess(ServiceSpec spec, Process process, Path log, Path pidFile, String url) {

    /** Where available (Linux), the child gets SIGTERM when the launcher dies, even by kill -9. */
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    static ServiceProcess start(ServiceSpec spec, Options options, String kafkaBootstrap, String jdbcUrl, Path jwtPublicKey) {
        Path jar = spec.jar(options.home());
        if (!Files.isRegularFile(jar)) {
            throw new KehuException(KehuException.STARTUP_FAILED, jar + " is missing: build it with ./mvnw package -DskipTests");
        }
        try {
            Path log = options.logDir().resolve(spec.instanceName() + ".log");
            Path workDir = options.dataDir().resolve("services").resolve(spec.instanceName());
            Files.createDirectories(workDir);
            Files.createDirectories(options.runDir());
            keepPrevious(log);
            ProcessBuilder builder = new ProcessBuilder(command(spec, options, jar, kafkaBootstrap, jdbcUrl, jwtPublicKey))
                    .directory(workDir.toFile()) // not the project root: Quarkus would read a .env lying there
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // started from the main thread, which lives as long as the launcher: the parent-death
            // signal is tied to the thread that forked, not the process
            Process process = builder.start();
            Path pidFile = options.runDir().resolve(spec.instanceName() + ".pid");
            Files.writeString(pidFile, process.pid() + "\n");
            return new ServiceProcess(spec, process, log, pidFile, spec.url(options));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.instanceName(), e);
        }
    }

    private static List<String> command(ServiceSpec spec, Options options, Path jar, String kafkaBootstrap,
            String jdbcUrl, Path jwtPublicKey) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETPRIV)) {
            cmd.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "TERM", "--"));
        }
        List<String> jvm = new ArrayList<>();
        String javaOpts = System.getenv().getOrDefault("KEHU_JAVA_OPTS", "-Xmx512m");
        for (String opt : javaOpts.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                jvm.add(opt);
            }
        }
        jvm.add("-Dkehu.data.dir=" + options.dataDir()); // marks the process as ours (pgrep, leftover check)
        cmd.addAll(ServiceLauncher.command(jar, options.host(), spec.port(), jvm, kafkaBootstrap, jdbcUrl, jwtPublicKey,
                spec.properties(options)));
        return cmd;
    }

    /** The log of the previous run stays as <name>.log.1, handy after a crash. */
    private static void keepPrevious(Path log) throws IOException {
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    boolean isReady() {
        return ServiceLauncher.isReady(url);
    }

    /** The last lines of the log, after its last ERROR line (a stack trace tail alone says little). */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            String tail = String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).contains(" ERROR ")) {
                    return "last error: " + all.get(i) + "\n...\n" + tail;
                }
            }
            return tail;
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    void destroy() {
        process.destroy(); // SIGTERM: Quarkus shuts down gracefully
    }

    /** Waits until the deadline (System.nanoTime), then kills; removes the pid file once gone. */
    void awaitExit(long deadlineNanos) throws IOException {
        try {
            long left = deadlineNanos - System.nanoTime();
            if (!process.waitFor(Math.max(0, left), java.util.concurrent.TimeUnit.NANOSECONDS)) {
                Console.say(spec.instanceName() + " did not stop in time; killing it");
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(pidFile);
    }
}
