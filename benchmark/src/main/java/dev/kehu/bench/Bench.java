package dev.kehu.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code ./kehu bench}: runs the three services on this machine against a real Kafka broker and
 * PostgreSQL started for the run, and prints each figure beside a ceiling measured in the same run.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Report report = run(Options.parse(args));
        System.out.println();
        System.out.println(report.table());
        System.exit(0); // the embedded broker's threads would keep the JVM alive
    }

    static Report run(Options o) throws Exception {
        Report report = new Report();
        report.context("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB bench heap, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version"));
        report.context("options", o.toString());
        say("starting Kafka and PostgreSQL");
        BenchInfra infra = BenchInfra.start(o.home());
        Path logs = o.output().toAbsolutePath().getParent().resolve("logs");
        try (RssSampler rss = new RssSampler()) {
            if (o.runs("segmentation")) {
                say("segmentation-service: ingest " + o.events() + " events for " + o.clients() + " clients");
                attempt(report, "segmentation-service", () -> {
                    try (ServiceUnderTest segmentation = started("segmentation-service", infra, logs, report)) {
                        IngestPhase.run(infra, segmentation, o, report, rss);
                        ReplayPhase.run(infra, segmentation, report);
                    }
                });
            }
            if (o.runs("profiling") || o.runs("overload")) {
                attempt(report, "profiling-service", () -> {
                    try (ServiceUnderTest profiling = started("profiling-service", infra, logs, report)) {
                        if (o.runs("profiling")) {
                            say("profiling-service: REST submissions");
                            RestPhase.run(infra, profiling, o, report, rss);
                            ReplayPhase.run(infra, profiling, report);
                        }
                        if (o.runs("overload")) {
                            say(String.format("profiling-service: an open loop at %.0fx capacity", Targets.OVERLOAD_FACTOR));
                            attempt(report, "overload", () -> OverloadPhase.run(infra, profiling, o, report));
                        }
                    }
                });
            }
            if (o.runs("retention")) {
                say("retention-service: churn path");
                attempt(report, "retention-service", () -> {
                    try (ServiceUnderTest retention = started("retention-service", infra, logs, report)) {
                        ChurnPhase.run(infra, retention, o, report, rss);
                        ReplayPhase.run(infra, retention, report);
                    }
                });
            }
        }
        report.save(o.output());
        say("saved " + o.output() + " (and .md)");
        return report;
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    /** A service that fails to start or a phase that throws is reported, and the other services still run. */
    private static void attempt(Report report, String service, Phase phase) {
        try {
            phase.run();
        } catch (Exception | AssertionError e) {
            say(service + " failed: " + e + (e.getCause() == null ? "" : ", caused by " + e.getCause()));
            report.add("error", service + " failed: " + e.getMessage(), Double.NaN, "");
        }
    }

    private static ServiceUnderTest started(String name, BenchInfra infra, Path logs, Report report) {
        // e.g. KEHU_BENCH_JVM_OPTS=-XX:StartFlightRecording=filename=/tmp/{service}.jfr to see where the time goes
        String opts = System.getenv().getOrDefault("KEHU_BENCH_JVM_OPTS", "").replace("{service}", name);
        List<String> extra = opts.isBlank() ? List.of() : List.of(opts.trim().split("\\s+"));
        ServiceUnderTest service = ServiceUnderTest.start(name, infra, logs, extra);
        Pause.millis(2_000);
        report.add("footprint", name + " start to ready", service.startMillis, "ms");
        report.add("footprint", name + " RSS idle", service.rssMiB(), "MiB");
        return service;
    }

    private static final long STARTED = System.nanoTime();

    /** A line of progress, with the seconds since the harness was loaded: where a run's time goes. */
    static void say(String line) {
        System.out.printf("[bench %6.1f s] %s%n", (System.nanoTime() - STARTED) / 1e9, line);
    }
}
