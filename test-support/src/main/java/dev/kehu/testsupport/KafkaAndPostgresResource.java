package dev.kehu.testsupport;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;

/**
 * Quarkus test resource: points a service at the run's real Kafka broker, at its own database on
 * the run's real PostgreSQL (init arg {@code database}), and at the run's token-signing key.
 *
 * <p>REST calls made with RestAssured carry a {@code manager} token unless the test sets its own
 * {@code Authorization} header; {@code Authorization: none} sends the request without one.
 *
 * <p>With init arg {@code proxied=true} the service reaches its database through a {@link TcpProxy} that
 * {@link #databaseOutage(boolean)} cuts and restores: a real outage for this service only.
 */
public class KafkaAndPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static boolean tokenFilterInstalled;

    private String database = "kehu_test";
    private boolean proxied;
    /** The proxied database of the running test application (one at a time: a test profile restarts it). */
    private static volatile TcpProxy proxy;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        proxied = Boolean.parseBoolean(initArgs.getOrDefault("proxied", "false"));
    }

    /** Takes the proxied service's database away ({@code true}) or gives it back ({@code false}). */
    public static void databaseOutage(boolean down) {
        TcpProxy p = proxy;
        if (p == null) {
            throw new IllegalStateException("no proxied database: start the resource with proxied=true");
        }
        if (down) {
            p.cut();
        } else {
            p.restore();
        }
    }

    @Override
    public Map<String, String> start() {
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(database);
        installDefaultToken(infra.tokens().token("test-manager", "manager", null));
        String jdbcUrl = infra.postgres().jdbcUrl(database);
        if (proxied) {
            proxy = TcpProxy.start("127.0.0.1", infra.postgres().port());
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
        }
        Map<String, String> config = infra.appConfig(jdbcUrl);
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        return config;
    }

    private static synchronized void installDefaultToken(String token) {
        if (tokenFilterInstalled) {
            return;
        }
        tokenFilterInstalled = true;
        RestAssured.filters((request, response, context) -> {
            String given = request.getHeaders().getValue("Authorization");
            if (given == null) {
                request.header("Authorization", "Bearer " + token);
            } else if (given.equals("none")) {
                request.removeHeader("Authorization");
            }
            return context.next(request, response);
        });
    }

    @Override
    public void stop() {
        // the broker and server are shared by the whole run and stopped when the JVM exits
        if (proxied && proxy != null) {
            proxy.close();
            proxy = null;
        }
    }
}
