package dev.kehu.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --split-cores}: the service under load and PostgreSQL on the first half of the cores, this
 * harness (the load generator, and the broker it hosts) on the other half. On a small machine the
 * generator otherwise takes the very CPU the service needs to answer, so an overload figure measures
 * both at once. Linux only ({@code taskset}); a thread started later inherits its parent's cores, so
 * PostgreSQL's new backends (forked by the postmaster) stay on the service's side.
 */
record Cores(String service, String harness, String all) {

    /** Null where the cores cannot be split: fewer than two, or no {@code taskset}. */
    static Cores split() {
        boolean taskset = Stream.of("/usr/bin/taskset", "/bin/taskset").anyMatch(p -> new java.io.File(p).canExecute());
        return taskset ? of(Runtime.getRuntime().availableProcessors()) : null;
    }

    /** The split of {@code n} cores; null for fewer than two. */
    static Cores of(int n) {
        if (n < 2) {
            return null;
        }
        int half = n / 2;
        return new Cores(range(0, half), range(half, n), range(0, n));
    }

    private static String range(int from, int to) {
        return to - from == 1 ? String.valueOf(from) : from + "-" + (to - 1);
    }

    /** The service's process and the PostgreSQL server on port {@code pgPort} to {@link #service}, this JVM to {@link #harness}. */
    void apart(ServiceUnderTest service, int pgPort) {
        List<ProcessHandle> serverSide = serverSide(service, pgPort);
        serverSide.forEach(p -> pin(p.pid(), this.service));
        pin(ProcessHandle.current().pid(), harness);
        Bench.say(serverSide.size() + " service and PostgreSQL processes on cores " + this.service
                + ", the harness on " + harness);
    }

    /** Every process of the run back on every core. */
    void together(ServiceUnderTest service, int pgPort) {
        serverSide(service, pgPort).forEach(p -> pin(p.pid(), all));
        pin(ProcessHandle.current().pid(), all);
    }

    /** The service's process tree and the PostgreSQL server's (its postmaster and the backends it forked). */
    private static List<ProcessHandle> serverSide(ServiceUnderTest service, int pgPort) {
        List<ProcessHandle> processes = new ArrayList<>(tree(ProcessHandle.of(service.pid()).orElseThrow()));
        postmaster(pgPort).ifPresent(p -> processes.addAll(tree(p)));
        return processes;
    }

    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        return all;
    }

    /** The embedded server's postmaster: the {@code postgres} process started with {@code -p <port>}. */
    private static java.util.Optional<ProcessHandle> postmaster(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> listens(List.of(a), port)).orElse(false))
                .findFirst();
    }

    /** Whether {@code args} hold {@code -p <port>}. */
    static boolean listens(List<String> args, int port) {
        int p = args.indexOf("-p");
        return p >= 0 && p + 1 < args.size() && args.get(p + 1).equals(String.valueOf(port));
    }

    /** All threads of {@code pid} onto {@code cpus}. */
    private static void pin(long pid, String cpus) {
        try {
            Process taskset = new ProcessBuilder("taskset", "-a", "-cp", cpus, String.valueOf(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (taskset.waitFor() != 0) {
                throw new IllegalStateException("taskset -a -cp " + cpus + " " + pid + " exited " + taskset.exitValue());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
