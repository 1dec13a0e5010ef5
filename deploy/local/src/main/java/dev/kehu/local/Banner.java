package dev.kehu.local;

import dev.kehu.testsupport.EmbeddedKafkaBroker;
import dev.kehu.testsupport.EmbeddedPostgresServer;
import dev.kehu.testsupport.Topics;

/** The table printed once everything is up: where to point a browser, a client or a tail -f. */
final class Banner {

    private Banner() {
    }

    static void print(Options options, EmbeddedKafkaBroker kafka, EmbeddedPostgresServer postgres, double seconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%nKehu is up (%.1f s)%s%n%n", seconds, options.infraOnly() ? " — infrastructure only" : ""));
        if (!options.infraOnly()) {
            row(b, "advisor console", ServiceSpec.CONSOLE.url(options) + "  (sign in at /sign-in; ./kehu demo fills the suite)");
            row(b, "  log", options.logDir().resolve(ServiceSpec.CONSOLE.name() + ".log").toString());
            for (ServiceSpec s : ServiceSpec.ALL) {
                row(b, s.name(), s.url(options));
                row(b, "  swagger-ui", s.url(options) + "/q/swagger-ui");
                row(b, "  health", s.url(options) + "/q/health");
                row(b, "  metrics", s.url(options) + "/q/metrics");
                row(b, "  log", options.logDir().resolve(s.name() + ".log").toString());
                for (int n = 2; n <= options.replicas(); n++) {
                    ServiceSpec r = s.replica(n);
                    row(b, "  instance " + n, r.url(options) + "  (log " + options.logDir().resolve(r.instanceName() + ".log") + ")");
                }
            }
            row(b, "listening on", options.host().equals(Options.DEFAULT_HOST)
                    ? options.host() + "  (this machine only; --host ADDR to expose)"
                    : options.host() + "  (reachable from the network, development sign-in included: anyone who reaches it can sign in)");
            if (options.replicas() > 1) {
                row(b, "instances", options.replicas() + " of each service, in the same consumer groups and databases: each "
                        + "takes a share of the " + Infra.PARTITIONS + " partitions per topic");
            }
            b.append('\n');
        }
        row(b, "Kafka bootstrap", kafka.bootstrapServers() + "  (" + Topics.withDeadLetters().size()
                + " topics, " + Infra.PARTITIONS + " partitions each)");
        String label = "PostgreSQL";
        for (ServiceSpec s : ServiceSpec.ALL) {
            row(b, label, postgres.jdbcUrl(s.database()));
            label = "";
        }
        row(b, "", "user " + EmbeddedPostgresServer.USER + ", password " + EmbeddedPostgresServer.PASSWORD
                + "  (psql -h 127.0.0.1 -p " + options.pgPort() + " -U postgres profiling)");
        row(b, "JWT keys", options.keysDir() + "  (services verify with public.pem; sign dev tokens with private.pem)");
        row(b, "data dir", options.dataDir().toString());
        row(b, "log dir", options.logDir() + "  (infra.log: Kafka and PostgreSQL)");
        Console.print(b.toString());
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append(String.format("  %-22s %s%n", name, value));
    }
}
