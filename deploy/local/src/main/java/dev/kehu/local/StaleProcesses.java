package dev.kehu.local;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Stops what an earlier run on the same data folder left behind when it was killed hard (kill -9,
 * OOM killer, a closed laptop lid...). The PostgreSQL postmaster is started detached by pg_ctl, so
 * it outlives its launcher; the services do too where the parent-death signal is not available.
 * Each pid is checked against its command line first, so a recycled pid is never killed.
 */
final class StaleProcesses {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private StaleProcesses() {
    }

    static void stop(Options options, Consumer<String> say) {
        // services first: they hold connections that would slow the PostgreSQL shutdown
        stopServices(options.runDir(), options.dataDir(), say);
        stopPostmaster(options.postgresDir(), say);
    }

    private static void stopServices(Path runDir, Path dataDir, Consumer<String> say) {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(runDir, "*.pid")) {
            for (Path pidFile : pidFiles) {
                firstLinePid(pidFile).flatMap(ProcessHandle::of)
                        .filter(p -> commandLine(p).contains("-Dkehu.data.dir=" + dataDir))
                        .ifPresent(p -> {
                            say.accept("stopping " + pidFile.getFileName() + " left running by an earlier run (pid " + p.pid() + ")");
                            p.destroy();
                            awaitExit(p);
                        });
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            say.accept("could not check for leftover services: " + e.getMessage());
        }
    }

    private static void stopPostmaster(Path postgresDir, Consumer<String> say) {
        Path pidFile = postgresDir.resolve("postmaster.pid");
        Optional<ProcessHandle> process = firstLinePid(pidFile).flatMap(ProcessHandle::of);
        if (process.isEmpty()) {
            return; // not running: PostgreSQL itself copes with a stale postmaster.pid of a dead pid
        }
        ProcessHandle p = process.get();
        if (!commandLine(p).contains("postgres")) {
            // the pid was recycled by another program; PostgreSQL would refuse to start while it lives
            deleteQuietly(pidFile);
            return;
        }
        say.accept("stopping the PostgreSQL left running by an earlier run (pid " + p.pid() + ")");
        signal(p, "INT"); // SIGINT is PostgreSQL's "fast shutdown": roll back, close clients, stop
        awaitExit(p);
    }

    private static void awaitExit(ProcessHandle p) {
        try {
            p.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            p.onExit().join();
        }
    }

    private static void signal(ProcessHandle p, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            p.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Optional<Long> firstLinePid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream().findFirst().map(String::trim).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String commandLine(ProcessHandle p) {
        return p.info().commandLine().or(() -> p.info().command()).orElse("");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // PostgreSQL will say what is wrong
        }
    }
}
