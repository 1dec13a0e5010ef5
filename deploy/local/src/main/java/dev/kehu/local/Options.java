package dev.kehu.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./kehu up} was asked to do. The script passes the project root as
 * {@code -Dkehu.home} and the data folder as {@code --data-dir}; the environment may override
 * the PostgreSQL port.
 */
record Options(Path home, Path dataDir, int pgPort, boolean fresh, boolean infraOnly, int replicas, String host) {

    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int DEFAULT_PG_PORT = 5433;
    /** More instances than partitions would sit idle in their consumer group (see {@link Infra#PARTITIONS}). */
    static final int MAX_REPLICAS = Infra.PARTITIONS;
    /** Where the services and the console listen unless --host says otherwise: this machine only. */
    static final String DEFAULT_HOST = "127.0.0.1";

    static final String USAGE = """
            usage: kehu-local up [--fresh] [--infra-only] [--replicas N] [--host ADDR] [--data-dir DIR]
              --fresh       wipe the data folder (Kafka log, PostgreSQL cluster, logs; not the JWT keys) first
              --infra-only  start only Kafka and PostgreSQL, not the three services
              --replicas N  N instances of each service (1 to 6, default 1): the second on 8091-8093, the
                            third on 8101-8103...; same consumer groups, same databases
              --host ADDR   the address the services and the console listen on (default 127.0.0.1, this
                            machine only; 0.0.0.0 exposes them, with the development sign-in, to the network)
              --data-dir    where the data lives (default: $KEHU_DATA_DIR, else ./.kehu)
            environment: KEHU_DATA_DIR, KEHU_PG_PORT (default 5433), KEHU_JAVA_OPTS (service JVM options)""";

    static Options parse(List<String> args, Map<String, String> env, String homeProperty) {
        if (args.isEmpty() || !args.get(0).equals("up")) {
            throw new IllegalArgumentException("the only command is 'up'");
        }
        Path home = Path.of(homeProperty == null ? "." : homeProperty).toAbsolutePath().normalize();
        String data = env.getOrDefault("KEHU_DATA_DIR", "");
        boolean fresh = false;
        boolean infraOnly = false;
        int replicas = 1;
        String host = DEFAULT_HOST;
        for (int i = 1; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--fresh" -> fresh = true;
                case "--infra-only" -> infraOnly = true;
                case "--replicas" -> {
                    if (++i == args.size()) {
                        throw new IllegalArgumentException("--replicas needs a number (1 to " + MAX_REPLICAS + ")");
                    }
                    replicas = replicas(args.get(i));
                }
                case "--host" -> {
                    if (++i == args.size()) {
                        throw new IllegalArgumentException("--host needs an address, e.g. 127.0.0.1 or 0.0.0.0");
                    }
                    host = host(args.get(i));
                }
                case "--data-dir" -> {
                    if (++i == args.size()) {
                        throw new IllegalArgumentException("--data-dir needs a folder");
                    }
                    data = args.get(i);
                }
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        Path dataDir = (data.isBlank() ? home.resolve(".kehu") : Path.of(data)).toAbsolutePath().normalize();
        return new Options(home, dataDir, port(env.get("KEHU_PG_PORT")), fresh, infraOnly, replicas, host);
    }

    /** An IP address or a host name (an IPv6 address with or without its brackets). */
    private static String host(String value) {
        String h = value.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.isEmpty() || !h.matches("[A-Za-z0-9.:%_-]+")) {
            throw new IllegalArgumentException("--host takes an address such as 127.0.0.1 or 0.0.0.0, not '" + value + "'");
        }
        return h;
    }

    /**
     * How this machine reaches what listens on {@link #host}: the loopback when it listens on every
     * address (0.0.0.0, ::), else the address itself (bracketed when IPv6), for URLs.
     */
    String reachableHost() {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return DEFAULT_HOST;
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static int replicas(String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_REPLICAS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--replicas takes a number from 1 to " + MAX_REPLICAS
                + " (the partitions of each topic), not " + value);
    }

    private static int port(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PG_PORT;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("KEHU_PG_PORT is not a port number: " + value);
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** The development JWT key pair: the services verify with public.pem, tokens are signed with private.pem. */
    Path keysDir() {
        return dataDir.resolve("keys");
    }

    /** Pid files of the service processes, so that a later run can stop leftovers. */
    Path runDir() {
        return dataDir.resolve("run");
    }
}
