package dev.kehu.testsupport;

import java.util.HashMap;
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

    /**
     * Where the proxy's switch is left for the test: a JDK type in the system properties, because the test
     * and this resource may be loaded by different class loaders.
     */
    private static final String OUTAGE_SWITCH = "kehu.test.database-outage";

    private static boolean tokenFilterInstalled;

    private String database = "kehu_test";
    private boolean proxied;
    private TcpProxy proxy;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        proxied = Boolean.parseBoolean(initArgs.getOrDefault("proxied", "false"));
    }

    /** Takes the proxied service's database away ({@code true}) or gives it back ({@code false}). */
    @SuppressWarnings("unchecked")
    public static void databaseOutage(boolean down) {
        Object sw = System.getProperties().get(OUTAGE_SWITCH);
        if (!(sw instanceof java.util.function.Consumer<?>)) {
            throw new IllegalStateException("no proxied database: start the resource with proxied=true");
        }
        ((java.util.function.Consumer<Boolean>) sw).accept(down);
    }

    @Override
    public Map<String, String> start() {
        KehuInfra infra = KehuInfra.get();
        infra.postgres().createDatabase(database);
        installDefaultToken(infra.tokens().token("test-manager", "manager", null));
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.kafka().bootstrapServers());
        if (proxied) {
            proxy = TcpProxy.start("127.0.0.1", infra.postgres().port());
            TcpProxy p = proxy;
            System.getProperties().put(OUTAGE_SWITCH, (java.util.function.Consumer<Boolean>) down -> {
                if (down) {
                    p.cut();
                } else {
                    p.restore();
                }
            });
            config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database);
        } else {
            config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        }
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD);
        config.put("mp.jwt.verify.publickey.location", infra.tokens().publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", DevTokens.ISSUER);
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
        if (proxy != null) {
            System.getProperties().remove(OUTAGE_SWITCH);
            proxy.close();
        }
    }
}
