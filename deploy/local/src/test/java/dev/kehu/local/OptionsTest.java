package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void defaultsToDotKehuInTheProjectAndPort5433() {
        Options o = Options.parse(List.of("up"), Map.of(), "/work/kehu");
        assertEquals(Path.of("/work/kehu/.kehu"), o.dataDir());
        assertEquals(5433, o.pgPort());
        assertFalse(o.fresh());
        assertFalse(o.infraOnly());
        assertEquals(1, o.replicas());
        assertEquals("127.0.0.1", o.host(), "this machine only unless --host says otherwise");
    }

    @Test
    void everyListenerBindsTheLoopbackUnlessHostSaysOtherwise() {
        Options local = Options.parse(List.of("up"), Map.of(), "/work/kehu");
        Path jar = Path.of("/k/profiling-service/target/quarkus-app/quarkus-run.jar");
        for (ServiceSpec spec : ServiceSpec.started(1)) {
            List<String> cmd = ServiceLauncher.command(jar, local.host(), spec.port(), List.of(), null, null, Path.of("/k/pub.pem"),
                    spec.properties(local));
            assertTrue(cmd.contains("-Dquarkus.http.host=127.0.0.1"), spec.name() + ": " + cmd);
            assertEquals("http://127.0.0.1:" + spec.port(), spec.url(local));
        }

        Options exposed = Options.parse(List.of("up", "--host", "0.0.0.0"), Map.of(), "/work/kehu");
        assertEquals("0.0.0.0", exposed.host());
        assertTrue(ServiceLauncher.command(jar, exposed.host(), 8081, List.of(), null, null, Path.of("/k/pub.pem"), List.of())
                .contains("-Dquarkus.http.host=0.0.0.0"));
        assertEquals("http://127.0.0.1:8081", ServiceSpec.ALL.get(0).url(exposed), "reached through the loopback");
        Options one = Options.parse(List.of("up", "--host", "192.168.1.20"), Map.of(), "/work/kehu");
        assertEquals("http://192.168.1.20:8082", ServiceSpec.ALL.get(1).url(one));
        assertTrue(ServiceSpec.CONSOLE.properties(one).contains("-Dquarkus.rest-client.segmentation.url=http://192.168.1.20:8082"),
                "the console calls the services where they listen");
        assertEquals("http://[::1]:8083", ServiceSpec.ALL.get(2).url(Options.parse(List.of("up", "--host", "[::1]"), Map.of(), "/w")));
    }

    @Test
    void theLocalRunTurnsOnWhatThePackagedApplicationsKeepOff() {
        Options o = Options.parse(List.of("up"), Map.of(), "/work/kehu");
        List<String> service = ServiceLauncher.command(Path.of("/k/a.jar"), 8081, List.of(), "127.0.0.1:9092",
                "jdbc:postgresql://127.0.0.1:5433/profiling", Path.of("/k/pub.pem"), ServiceSpec.ALL.get(0).properties(o));
        assertTrue(service.containsAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.swagger-ui.enabled=true",
                "-Dkehu.metrics.enabled=true", "-Dquarkus.datasource.password=postgres")), service.toString());
        List<String> console = ServiceSpec.CONSOLE.properties(o);
        assertTrue(console.containsAll(List.of("-Dkehu.console.dev-sign-in=true", "-Dkehu.console.secure-cookie=false",
                "-Dquarkus.rest-client.profiling.url=http://127.0.0.1:8081")), console.toString());
        assertTrue(ServiceSpec.ALL.get(0).properties(o).stream().noneMatch(p -> p.contains("dev-sign-in")));
    }

    @Test
    void replicasStartsASecondInstanceOfEachServiceTenPortsHigher() {
        Options o = Options.parse(List.of("up", "--replicas", "2", "--fresh"), Map.of(), "/work/kehu");
        assertEquals(2, o.replicas());
        assertTrue(o.fresh());
        List<ServiceSpec> started = ServiceSpec.started(o.replicas());
        assertEquals(List.of("profiling-service:8081", "segmentation-service:8082", "retention-service:8083",
                        "advisor-console:8080",
                        "profiling-service-2:8091", "segmentation-service-2:8092", "retention-service-2:8093"),
                started.stream().map(s -> s.instanceName() + ":" + s.port()).toList());
        // the same jar and database: a second instance joins the first one's consumer groups and tables
        ServiceSpec second = started.get(5);
        assertEquals("segmentation", second.database());
        assertEquals(Path.of("/k/segmentation-service/target/quarkus-app/quarkus-run.jar"), second.jar(Path.of("/k")));
        assertEquals("http://localhost:8092", second.url());
        assertEquals(8102, second.replica(3).port());
        assertEquals(4, ServiceSpec.started(1).size(), "by default one of each and the console");
    }

    @Test
    void readsFlagsAndEnvironment() {
        Options o = Options.parse(List.of("up", "--fresh", "--infra-only"),
                Map.of("KEHU_DATA_DIR", "/tmp/k", "KEHU_PG_PORT", "6543"), "/work/kehu");
        assertEquals(Path.of("/tmp/k"), o.dataDir());
        assertEquals(6543, o.pgPort());
        assertTrue(o.fresh());
        assertTrue(o.infraOnly());
        assertEquals(Path.of("/tmp/k/postgres"), o.postgresDir());
        assertEquals(Path.of("/tmp/k/logs"), o.logDir());
    }

    @Test
    void dataDirOptionWinsOverTheEnvironment() {
        Options o = Options.parse(List.of("up", "--data-dir", "/srv/kehu"), Map.of("KEHU_DATA_DIR", "/tmp/k"), "/work/kehu");
        assertEquals(Path.of("/srv/kehu"), o.dataDir());
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("down"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--fast"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--data-dir"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--replicas"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--replicas", "0"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--replicas", "7"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--replicas", "two"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--host"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--host", ""), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up", "--host", "a b"), Map.of(), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up"), Map.of("KEHU_PG_PORT", "x"), "/w"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(List.of("up"), Map.of("KEHU_PG_PORT", "70000"), "/w"));
    }
}
