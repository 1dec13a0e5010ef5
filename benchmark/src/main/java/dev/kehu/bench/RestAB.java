package dev.kehu.bench;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Risk-assessment submissions against two or more builds of profiling-service, interleaved on one broker and one
 * PostgreSQL: {@code ./kehu bench-rest <checkout> <checkout> ...}. A single run of one build after another says little
 * (the same build spans 25% between runs here); rounds in ABBA order, so that neither build always meets the older
 * database or the warmer machine, and the median per build, do.
 *
 * <p>Each round starts the build afresh, warms it with 4 clients, then measures closed loops at 1 and 16 clients and
 * an open loop, each on new clients, with the CPU the service and PostgreSQL spent per request.
 */
public final class RestAB {

    private static final int[] CONCURRENCY = {1, 16};

    public static void main(String[] args) throws Exception {
        Args o = Args.parse(args);
        List<Path> homes = o.homes();
        if (homes.size() < 2) {
            throw new IllegalArgumentException("name two or more checkouts, each built with ./mvnw package -DskipTests");
        }
        BenchInfra infra = BenchInfra.start(homes.get(0));
        for (int i = 0; i < homes.size(); i++) {
            infra.postgres().createDatabase("profiling_ab" + i);
        }
        String token = infra.tokens().token("bench-advisor", "advisor", null);
        long postgres = ProcessCpu.postgres(infra.postgres().jdbcUrl("profiling"));
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        long[] batch = {0}; // each load step submits for clients never seen before
        for (int round = 0; round < o.rounds(); round++) {
            for (int k = 0; k < homes.size(); k++) {
                int h = round % 2 == 0 ? k : homes.size() - 1 - k;
                String db = "profiling_ab" + h;
                var target = new ServiceUnderTest.Target(homes.get(h), infra.kafka().bootstrapServers(),
                        name -> infra.postgres().jdbcUrl(db), infra.tokens().publicKeyFile());
                try (ServiceUnderTest s = ServiceUnderTest.start("profiling-service", target,
                        dev.kehu.testsupport.FreePorts.find(), Path.of("benchmark/results/logs/rest-ab"), List.of())) {
                    HttpLoad.closedLoop(next(s, token, batch), 4, Duration.ofSeconds(o.warmSeconds()), 201);
                    for (int c : CONCURRENCY) {
                        step(samples, homes.get(h), round, "c=" + c, s.pid(), postgres,
                                () -> HttpLoad.closedLoop(next(s, token, batch), c, Duration.ofSeconds(o.seconds()), 201));
                    }
                    step(samples, homes.get(h), round, "open " + o.openRate() + "/s", s.pid(), postgres,
                            () -> HttpLoad.openLoop(next(s, token, batch), o.openRate(), Duration.ofSeconds(o.seconds()), 201));
                }
            }
        }
        System.out.println();
        System.out.println("median of " + o.rounds() + " rounds (min–max)");
        samples.forEach((key, rows) -> System.out.println(key + "  " + summary(rows)));
        System.exit(0);
    }

    private static LongFunction<HttpRequest> next(ServiceUnderTest s, String token, long[] batch) {
        long b = ++batch[0];
        return i -> RestPhase.submission(s, token, "AB" + b + "-" + i);
    }

    private static void step(Map<String, List<double[]>> samples, Path home, int round, String load, long service,
            long postgres, java.util.function.Supplier<HttpLoad.Result> run) {
        double svc0 = ProcessCpu.millis(service);
        double pg0 = ProcessCpu.treeMillis(postgres);
        HttpLoad.Result r = run.get();
        long n = Math.max(1, r.latencies().count());
        double[] row = {r.perSecond(), r.latencies().percentileMillis(50), r.latencies().percentileMillis(99),
                (ProcessCpu.millis(service) - svc0) / n, (ProcessCpu.treeMillis(postgres) - pg0) / n, r.errors()};
        System.out.printf("R%d %-28s %-12s %s%n", round, home, load, format(row));
        samples.computeIfAbsent(String.format("%-28s %-12s", home, load), k -> new ArrayList<>()).add(row);
    }

    private static String format(double[] r) {
        return String.format("%7.1f req/s  p50 %6.2f  p99 %7.2f ms  cpu/req svc %.2f pg %.2f ms  errors %.0f",
                r[0], r[1], r[2], r[3], r[4], r[5]);
    }

    private static String summary(List<double[]> rows) {
        String[] names = {"req/s", "p50 ms", "p99 ms", "svc cpu ms/req", "pg cpu ms/req"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            int col = i;
            double[] v = rows.stream().mapToDouble(r -> r[col]).sorted().toArray();
            b.append(String.format("%s %.2f (%.2f–%.2f)  ", names[i], median(v), v[0], v[v.length - 1]));
        }
        return b.toString().trim();
    }

    /** The middle of sorted values; of an even count, the mean of the two middle ones. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The A/B's own arguments: {@code [--seconds 20] [--rounds 4] [--warm 45] [--open 100] home...}. */
    record Args(int seconds, int rounds, int warmSeconds, int openRate, List<Path> homes) {
        static Args parse(String[] args) {
            Map<String, Integer> numbers = new LinkedHashMap<>(Map.of("--seconds", 20, "--rounds", 4, "--warm", 45,
                    "--open", 100));
            List<Path> homes = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (numbers.containsKey(args[i]) && i + 1 < args.length) {
                    numbers.put(args[i], Integer.parseInt(args[++i]));
                } else if (args[i].startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; known: " + numbers.keySet());
                } else {
                    homes.add(Path.of(args[i]).toAbsolutePath().normalize());
                }
            }
            return new Args(numbers.get("--seconds"), numbers.get("--rounds"), numbers.get("--warm"),
                    numbers.get("--open"), homes);
        }
    }

    /** CPU time of processes, from the kernel's accounting (Linux /proc through ProcessHandle). */
    static final class ProcessCpu {

        static double millis(long pid) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toNanos() / 1e6)
                    .orElse(0.0);
        }

        /**
         * A process and all its children: PostgreSQL runs a process per connection. The children that
         * ended count too (the kernel adds a reaped child's time to its parent's {@code cutime}): summing
         * only the live ones made a backend or autovacuum worker that ended during a measurement a loss.
         */
        static double treeMillis(long pid) {
            double reaped = statMillis(pid, true);
            double own = reaped >= 0 ? reaped : millis(pid);
            return own + ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                    .mapToDouble(p -> millis(p.pid())).sum();
        }

        /** utime + stime, with the reaped children's cutime + cstime, from /proc (ms); -1 where there is no /proc. */
        static double statMillis(long pid, boolean withReapedChildren) {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", String.valueOf(pid), "stat"));
                // the fields after the command's closing parenthesis start at field 3 (state): utime is field 14
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12])
                        + (withReapedChildren ? Long.parseLong(f[13]) + Long.parseLong(f[14]) : 0);
                return ticks * 1000.0 / CLOCK_TICKS_PER_SECOND;
            } catch (java.io.IOException | RuntimeException e) {
                return -1;
            }
        }

        /** USER_HZ: 100 on every Linux this runs on. */
        private static final int CLOCK_TICKS_PER_SECOND = 100;

        /** The postmaster listening on the port of this JDBC URL. */
        static long postgres(String jdbcUrl) {
            String port = jdbcUrl.replaceAll(".*:(\\d+)/.*", "$1");
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains(port)).orElse(false)
                            && p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no postgres process listens on " + port));
        }
    }
}
