package dev.kehu.bench;

import java.nio.file.Path;
import java.time.Duration;

/** Benchmark sizes; the defaults are the (1,000,000 events for 10,000 clients). */
record Options(Path home, long events, int clients, long ingestWarmupEvents, int latencyRate, Duration latencyDuration,
               Duration latencyWarmup, Duration restStep,
               int restRate, int churnClients, Duration overloadDuration, int overloadCapacity, boolean splitCores,
               Path output, java.util.Set<String> only) {

    /** The phases {@code --only} may name: a service's phases, or the overload phase (profiling past capacity). */
    static final java.util.Set<String> PHASES = java.util.Set.of("segmentation", "profiling", "retention", "overload");

    boolean runs(String phase) {
        return only.isEmpty() || only.contains(phase);
    }

    static Options parse(String[] args) {
        Path home = Path.of(System.getProperty("kehu.home", ".")).toAbsolutePath().normalize();
        long events = 1_000_000;
        int clients = 10_000;
        long ingestWarmupEvents = 100_000;
        int latencyRate = 2_000;
        Duration latencyDuration = Duration.ofSeconds(20);
        // the feed at its rate before the first probe: the seconds right after the bulk ingest measured its
        // aftermath (old-generation collections of the ingest's garbage), not the steady feed; and both JVMs
        // (the service's, and the harness's with the broker) keep compiling the steady feed's paths with C2 for
        // 20-30 s on two busy cores, a third of the CPU used in that time (benchmark/README.md)
        Duration latencyWarmup = Duration.ofSeconds(30);
        Duration restStep = Duration.ofSeconds(8);
        int restRate = Targets.SUBMISSION_RATE;
        int churnClients = 300;
        Duration overloadDuration = Duration.ofSeconds(20);
        int overloadCapacity = 0;
        boolean splitCores = false;
        Path output = home.resolve("benchmark/results/latest.json");
        java.util.Set<String> only = java.util.Set.of();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--events" -> events = Long.parseLong(value.replace("_", ""));
                case "--clients" -> clients = Integer.parseInt(value.replace("_", ""));
                case "--ingest-warmup-events" -> ingestWarmupEvents = Long.parseLong(value.replace("_", ""));
                case "--latency-rate" -> latencyRate = Integer.parseInt(value);
                case "--latency-seconds" -> latencyDuration = Duration.ofSeconds(Long.parseLong(value));
                case "--latency-warmup-seconds" -> latencyWarmup = Duration.ofSeconds(Long.parseLong(value));
                case "--rest-seconds" -> restStep = Duration.ofSeconds(Long.parseLong(value));
                case "--rest-rate" -> restRate = Integer.parseInt(value);
                case "--churn-clients" -> churnClients = Integer.parseInt(value);
                case "--overload-seconds" -> overloadDuration = Duration.ofSeconds(Long.parseLong(value));
                case "--overload-capacity" -> overloadCapacity = Integer.parseInt(value);
                case "--split-cores" -> {
                    splitCores = true;
                    i--;
                }
                case "--output" -> output = Path.of(value);
                case "--only" -> {
                    only = java.util.Set.of(value.split(","));
                    if (!PHASES.containsAll(only)) {
                        throw new IllegalArgumentException("--only " + value + ": choose from " + PHASES);
                    }
                }
                case "--quick" -> {
                    events = 20_000;
                    clients = 500;
                    ingestWarmupEvents = 0;
                    latencyRate = 500;
                    latencyDuration = Duration.ofSeconds(4);
                    latencyWarmup = Duration.ofSeconds(1);
                    restStep = Duration.ofSeconds(2);
                    restRate = 50;
                    churnClients = 20;
                    overloadDuration = Duration.ofSeconds(3);
                    i--;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --events --clients --ingest-warmup-events --latency-rate --latency-seconds --latency-warmup-seconds --rest-seconds --rest-rate "
                        + "--churn-clients --overload-seconds --overload-capacity --split-cores --output "
                        + "--only segmentation,profiling,retention,overload --quick)");
            }
            i++;
        }
        return new Options(home, events, clients, ingestWarmupEvents, latencyRate, latencyDuration, latencyWarmup, restStep, restRate, churnClients,
                overloadDuration, overloadCapacity, splitCores, output, only);
    }
}
