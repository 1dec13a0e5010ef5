package dev.kehu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.kehu.testsupport.Topics;

/**
 * docker-compose.yml and deploy/k8s must stay valid YAML and agree with docs/contract.md#topics-and-events and with the
 * local run: the same services, ports, databases and topics everywhere. No Docker or cluster
 * needed: the files are read as data.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("../..").toAbsolutePath().normalize();
    private static final Path K8S = ROOT.resolve("deploy/k8s");

    // ---- docker-compose.yml

    @Test
    void composeRunsKafkaPostgresTopicInitAndTheThreeServices() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        assertTrue(services.keySet().containsAll(List.of("kafka", "postgres", "topic-init")), services.keySet().toString());
        assertTrue(string(map(services.get("kafka")).get("image")).startsWith("apache/kafka:4.1."));
        assertTrue(string(map(services.get("postgres")).get("image")).startsWith("postgres:16"));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Map<String, Object> service = map(services.get(spec.name()));
            assertNotNull(service, spec.name() + " missing from docker-compose.yml");
            assertEquals(List.of("127.0.0.1:" + spec.port() + ":" + spec.port()), service.get("ports"), spec.name());
            Map<String, Object> env = map(service.get("environment"));
            assertEquals(String.valueOf(spec.port()), string(env.get("QUARKUS_HTTP_PORT")), spec.name());
            assertEquals("jdbc:postgresql://postgres:5432/" + spec.database(), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals("kafka:19092", env.get("KAFKA_BOOTSTRAP_SERVERS"), spec.name());
            assertNotNull(env.get("QUARKUS_DATASOURCE_USERNAME"));
            assertRequiredSecret(env.get("QUARKUS_DATASOURCE_PASSWORD"), spec.name());
            assertEquals("true", env.get("KEHU_METRICS_ENABLED"), spec.name() + ": Prometheus scrapes /q/metrics");
            assertEquals("kehu", env.get("MP_JWT_VERIFY_AUDIENCES"), spec.name());
            String healthcheck = String.join(" ", strings(map(service.get("healthcheck")).get("test")));
            assertTrue(healthcheck.contains("/dev/tcp/127.0.0.1/" + spec.port()) && healthcheck.contains("/q/health/ready"), healthcheck);
            Map<String, Object> dependsOn = map(service.get("depends_on"));
            assertEquals("service_healthy", map(dependsOn.get("postgres")).get("condition"));
            assertEquals("service_completed_successfully", map(dependsOn.get("topic-init")).get("condition"));
        }
    }

    @Test
    void composePublishesEveryPortOnTheLoopbackOnlyAndHasNoDefaultPassword() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        int published = 0;
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Object ports = map(service.getValue()).get("ports");
            for (String port : ports == null ? List.<String>of() : strings(ports)) {
                assertTrue(port.startsWith("127.0.0.1:"), service.getKey() + " publishes " + port + " on every interface");
                published++;
            }
        }
        assertEquals(ServiceSpec.ALL.size() + 2, published, "the services, Kafka and PostgreSQL");
        Map<String, Object> postgres = map(map(services.get("postgres")).get("environment"));
        assertRequiredSecret(postgres.get("POSTGRES_PASSWORD"), "postgres");
        assertRequiredSecret(postgres.get("PGPASSWORD"), "postgres");
        assertFalse(Files.readString(ROOT.resolve("docker-compose.yml")).matches("(?s).*PASSWORD: *postgres.*"),
                "no password is written in docker-compose.yml");
    }

    /** {@code ${KEHU_DB_PASSWORD:?...}}: compose refuses to start without it, and there is no default to fall back on. */
    private static void assertRequiredSecret(Object value, String where) {
        assertTrue(String.valueOf(value).startsWith("${KEHU_DB_PASSWORD:?"), where + ": " + value);
    }

    @Test
    void composeBuildsEachServiceFromItsDockerfile() throws IOException {
        Map<String, Object> services = map(compose().get("services"));
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Map<String, Object> build = map(map(services.get(spec.name())).get("build"));
            Path context = ROOT.resolve(string(build.get("context"))).normalize();
            assertEquals(ROOT.resolve(spec.name()), context);
            Path dockerfile = context.resolve(string(build.get("dockerfile")));
            String text = Files.readString(dockerfile);
            assertTrue(text.contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime"), dockerfile.toString());
            assertTrue(text.contains("target/quarkus-app/"), dockerfile.toString());
            assertTrue(text.contains("EXPOSE " + spec.port()), dockerfile + " should expose " + spec.port());
        }
    }

    @Test
    void composeTopicInitCreatesEveryTopicAndItsDeadLetterTwinWithSixPartitions() throws IOException {
        String script = String.join("\n", strings(map(map(compose().get("services")).get("topic-init")).get("command")));
        for (String topic : Topics.MAIN) {
            assertTrue(script.contains(topic), "topic-init does not create " + topic);
        }
        assertTrue(script.contains("\"$$topic.dlq\""), "topic-init should create each .dlq twin");
        assertTrue(script.contains("--partitions 6"));
        assertTrue(script.contains("--if-not-exists"), "topic-init must be safe to run again");
    }

    @Test
    void composePostgresInitScriptCreatesTheThreeDatabases() throws IOException {
        Map<String, Object> postgres = map(map(compose().get("services")).get("postgres"));
        String mount = strings(postgres.get("volumes")).stream().filter(v -> v.contains("/docker-entrypoint-initdb.d/"))
                .findFirst().orElseThrow(() -> new AssertionError("no init script mounted"));
        Path script = ROOT.resolve(mount.substring(0, mount.indexOf(':'))).normalize();
        Set<String> created = new HashSet<>();
        Matcher m = Pattern.compile("(?im)^\\s*CREATE DATABASE\\s+(\\w+)").matcher(Files.readString(script));
        while (m.find()) {
            created.add(m.group(1));
        }
        assertEquals(ServiceSpec.ALL.stream().map(ServiceSpec::database).collect(Collectors.toSet()), created);
    }

    // ---- deploy/k8s

    @Test
    void everyK8sYamlParsesAndEveryResourceHasKindAndName() throws IOException {
        List<Path> files = k8sFiles();
        assertFalse(files.isEmpty());
        for (Path file : files) {
            for (Map<String, Object> doc : documents(file)) {
                assertNotNull(doc.get("apiVersion"), file + ": apiVersion");
                assertNotNull(doc.get("kind"), file + ": kind");
                if (!file.getFileName().toString().equals("kustomization.yaml")) {
                    assertNotNull(map(doc.get("metadata")).get("name"), file + ": metadata.name");
                }
            }
        }
    }

    @Test
    void kustomizationsReferenceEveryManifestAndOnlyExistingOnes() throws IOException {
        Set<Path> referenced = new HashSet<>();
        for (Path kustomization : k8sFiles().stream().filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList()) {
            for (String resource : strings(documents(kustomization).get(0).get("resources"))) {
                Path target = kustomization.resolveSibling(resource).normalize();
                assertTrue(Files.exists(target), kustomization + " names a missing " + resource);
                referenced.add(Files.isDirectory(target) ? target.resolve("kustomization.yaml") : target);
            }
        }
        for (Path file : k8sFiles()) {
            if (!file.equals(K8S.resolve("kustomization.yaml"))) {
                assertTrue(referenced.contains(file), file + " is in no kustomization");
            }
        }
    }

    @Test
    void everyTopicHasAKafkaTopicWithSixPartitionsAndThreeReplicas() throws IOException {
        Map<String, Map<String, Object>> topics = new HashMap<>();
        for (Map<String, Object> doc : resources("KafkaTopic")) {
            Map<String, Object> spec = map(doc.get("spec"));
            String name = string(spec.get("topicName"));
            assertEquals(name, map(doc.get("metadata")).get("name"), "metadata.name should be the topic name");
            assertNotNull(map(map(doc.get("metadata")).get("labels")).get("strimzi.io/cluster"), name);
            assertEquals(6, spec.get("partitions"), name);
            assertEquals(3, spec.get("replicas"), name);
            topics.put(name, spec);
        }
        assertEquals(new HashSet<>(Topics.withDeadLetters()), topics.keySet());
        for (String topic : Topics.MAIN) {
            long retention = retention(topics.get(topic));
            long dlqRetention = retention(topics.get(topic + ".dlq"));
            assertTrue(dlqRetention > retention, topic + ".dlq should be kept longer than " + topic);
        }
    }

    @Test
    void eachServiceDeploymentHasItsPortProbesResourcesConfigAndSecret() throws IOException {
        Map<String, Map<String, Object>> deployments = byName(resources("Deployment"));
        Map<String, Map<String, Object>> configMaps = byName(resources("ConfigMap"));
        Map<String, Map<String, Object>> services = byName(resources("Service"));
        assertEquals(ServiceSpec.ALL.stream().map(ServiceSpec::name).collect(Collectors.toSet()), deployments.keySet());
        assertTrue(configMaps.containsKey("kehu-common-config"));
        Map<String, Object> common = map(configMaps.get("kehu-common-config").get("data"));
        assertNotNull(common.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("kehu", common.get("MP_JWT_VERIFY_AUDIENCES"), "only tokens issued for Kehu");
        assertEquals("true", common.get("KEHU_METRICS_ENABLED"), "the cluster's Prometheus scrapes /q/metrics");
        assertFalse(common.containsKey("QUARKUS_SWAGGER_UI_ENABLED"), "no Swagger UI in the cluster");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Map<String, Object> container = map(list(map(map(map(deployments.get(spec.name()).get("spec"))
                    .get("template")).get("spec")).get("containers")).get(0));
            Map<String, Object> port = map(list(container.get("ports")).get(0));
            assertEquals(spec.port(), port.get("containerPort"), spec.name());
            assertEquals("http", port.get("name"));
            assertProbe(container, "readinessProbe", "/q/health/ready");
            assertProbe(container, "livenessProbe", "/q/health/live");
            Map<String, Object> resources = map(container.get("resources"));
            for (String bound : List.of("requests", "limits")) {
                assertNotNull(map(resources.get(bound)).get("cpu"), spec.name() + " " + bound + ".cpu");
                assertNotNull(map(resources.get(bound)).get("memory"), spec.name() + " " + bound + ".memory");
            }
            Set<String> configRefs = list(container.get("envFrom")).stream()
                    .map(e -> string(map(map(e).get("configMapRef")).get("name"))).collect(Collectors.toSet());
            assertEquals(Set.of("kehu-common-config", spec.name() + "-config"), configRefs);
            Map<String, Object> config = map(configMaps.get(spec.name() + "-config").get("data"));
            assertEquals(String.valueOf(spec.port()), config.get("QUARKUS_HTTP_PORT"));
            assertTrue(string(config.get("QUARKUS_DATASOURCE_JDBC_URL")).endsWith("/" + spec.database()));
            Map<String, String> secretRefs = new HashMap<>();
            for (Object e : list(container.get("env"))) {
                Map<String, Object> ref = map(map(map(e).get("valueFrom")).get("secretKeyRef"));
                secretRefs.put(string(map(e).get("name")), ref.get("name") + "/" + ref.get("key"));
            }
            assertEquals(spec.name() + "-db/username", secretRefs.get("QUARKUS_DATASOURCE_USERNAME"));
            assertEquals(spec.name() + "-db/password", secretRefs.get("QUARKUS_DATASOURCE_PASSWORD"));
            Map<String, Object> servicePort = map(list(map(services.get(spec.name()).get("spec")).get("ports")).get(0));
            assertEquals(spec.port(), servicePort.get("port"));
            assertEquals("http", servicePort.get("targetPort"));
        }
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path) {
        Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
        assertEquals(path, httpGet.get("path"), probe);
        assertEquals("http", httpGet.get("port"), probe);
    }

    // ---- reading

    private static Map<String, Object> compose() throws IOException {
        return documents(ROOT.resolve("docker-compose.yml")).get(0);
    }

    private static List<Path> k8sFiles() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static List<Map<String, Object>> resources(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Path file : k8sFiles()) {
            documents(file).stream().filter(d -> kind.equals(d.get("kind"))).forEach(found::add);
        }
        return found;
    }

    private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> docs) {
        Map<String, Map<String, Object>> byName = new HashMap<>();
        docs.forEach(d -> byName.put(string(map(d.get("metadata")).get("name")), d));
        return byName;
    }

    private static List<Map<String, Object>> documents(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Map<String, Object>> docs = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object doc : yaml.loadAll(reader)) {
                if (doc != null) {
                    assertTrue(doc instanceof Map, file + ": a document is not a mapping");
                    docs.add(map(doc));
                }
            }
        }
        assertFalse(docs.isEmpty(), file + " is empty");
        return docs;
    }

    private static long retention(Map<String, Object> topicSpec) {
        return Long.parseLong(string(map(topicSpec.get("config")).get("retention.ms")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertTrue(o instanceof List, "expected a list, got " + o);
        return (List<Object>) o;
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static String string(Object o) {
        return String.valueOf(o);
    }
}
