package dev.kehu.profiling;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.contract.QuestionnaireCompleted;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import dev.kehu.testsupport.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** 50 submissions for one client at once: each lands or is a 409, and nothing is lost or doubled. */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
class ConcurrentSubmissionTest {

    static final int SUBMISSIONS = 50;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Test
    void fiftyConcurrentSubmissionsForOneClientLeaveAConsistentHistory() throws Exception {
        String client = Api.newClientId();
        ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            int age = 20 + i;
            answers.add(pool.submit(() -> {
                start.await();
                var a = Api.typicalAnswers();
                a.put("age", age);
                return Api.submit(client, a);
            }));
        }
        start.countDown();
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        for (Future<Response> f : answers) {
            Response r = f.get();
            if (r.statusCode() == 201) {
                accepted.add(r.path("assessmentId"));
            } else { // a conflict on the stream, or shed at capacity (docs/security.md): refused, never stored
                assertTrue(r.statusCode() == 409 || r.statusCode() == 503 && r.header("Retry-After") != null,
                        r.statusCode() + " " + r.asString());
                assertEquals("application/problem+json", r.contentType());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(SUBMISSIONS, accepted.size() + refused);
        assertTrue(!accepted.isEmpty(), "at least one submission lands");

        // the history lists exactly the accepted assessments, each once
        List<String> listed = given().get("/api/v1/clients/{id}/risk-assessments?size=100", client).then()
                .statusCode(200).extract().path("items.assessmentId");
        assertEquals(accepted.size(), listed.size());
        assertEquals(Set.copyOf(accepted), Set.copyOf(listed));
        assertEquals(accepted.size(), new HashSet<>(listed).size());

        // the stream: versions 1..n without a gap, one risk-assessed event per accepted submission
        List<StoredEvent> events = db.inNewTransaction(c -> store.readStream(c, ClientDecider.streamId(client)));
        assertEquals(accepted.size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).version());
        }
        assertEquals(Set.copyOf(accepted), events.stream()
                .map(e -> e.as(ClientEvent.RiskAssessed.class).assessmentId().toString()).collect(Collectors.toSet()));
        given().get("/api/v1/clients/{id}/profile", client).then().statusCode(200)
                .body("assessmentCount", org.hamcrest.Matchers.equalTo(accepted.size()))
                .body("version", org.hamcrest.Matchers.equalTo(accepted.size()));

        // exactly one questionnaire-completed message per accepted submission
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrap)) {
            kafka.awaitForKey(QuestionnaireCompleted.TOPIC, client, accepted.size(), Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> published = kafka.readUntil(QuestionnaireCompleted.TOPIC,
                    Duration.ofSeconds(2), all -> false).stream().filter(r -> client.equals(r.key())).toList();
            assertEquals(accepted.size(), published.size());
            assertEquals(Set.copyOf(accepted), published.stream()
                    .map(r -> r.value().replaceAll(".*\"assessmentId\":\"([^\"]+)\".*", "$1"))
                    .collect(Collectors.toSet()));
            assertEquals(accepted.size(), published.stream().map(r -> KafkaTestClient.header(r, "ce_id"))
                    .collect(Collectors.toSet()).size());
        }
    }
}
