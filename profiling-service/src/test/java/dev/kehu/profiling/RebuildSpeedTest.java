package dev.kehu.profiling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.ExpectedVersion;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientStreams;
import dev.kehu.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Where a rebuild's time goes, per projection: a log of risk assessments as the benchmark writes (one
 * client each), rebuilt projection by projection. Runs only with {@code -Dkehu.rebuild.events=N}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaAndPostgresResource.class,
        initArgs = @ResourceArg(name = "database", value = "profiling"))
@EnabledIfSystemProperty(named = "kehu.rebuild.events", matches = "\\d+")
class RebuildSpeedTest {

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Inject
    Projections projections;

    @Test
    void timesEachProjection() throws Exception {
        int n = Integer.getInteger("kehu.rebuild.events");
        String client = Api.newClientId();
        Api.submit(client, Api.typicalAnswers()).then().statusCode(201);
        RiskAssessed e = db.inNewTransaction(c -> store.readStream(c, ClientStreams.of(client))).get(0)
                .as(RiskAssessed.class);
        EventMetadata meta = new EventMetadata("corr", "corr", "bench-advisor", "advisor");
        for (int done = 0; done < n; done += 1000) {
            db.inNewTransaction(c -> {
                List<EventStore.StreamAppend> appends = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                    String id = Api.newClientId();
                    appends.add(new EventStore.StreamAppend(ClientStreams.of(id), ExpectedVersion.ANY,
                            List.of(new RiskAssessed(UUID.randomUUID(), id, e.questionnaireVersion(), e.answers(),
                                    e.capacity(), e.attitude(), e.allocation(), e.consistency(), e.completedAt(),
                                    e.validUntil(), e.riskCategory(), e.lowestCategory(), null)), meta));
                }
                return store.appendAll(c, appends);
            });
        }
        db.inNewTransaction(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("select avg(pg_column_size(state)), "
                    + "avg(length(state::text)), (select avg(pg_column_size(data)) from risk_assessment), "
                    + "(select avg(length(data::text)) from risk_assessment), current_setting('server_version') "
                    + "from client_profile")) {
                rs.next();
                System.out.printf("SIZES state %s stored / %s text, data %s stored / %s text, pg %s%n", rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            }
            return null;
        });
        jdk.jfr.Recording jfr = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        for (int round = 0; round < 3; round++) {
            if (round == 1) {
                jfr.start();
            }
            for (Projection p : projections.all()) {
                long t0 = System.nanoTime();
                db.inNewTransaction(c -> projections.rebuild(c, store, p));
                System.out.printf("REBUILD round %d %s: %d ms%n", round, p.name(), (System.nanoTime() - t0) / 1_000_000);
            }
            long t0 = System.nanoTime();
            Projections.Rebuilt r = db.inNewTransaction(c -> projections.rebuild(c, store, projections.all()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("REBUILD round %d all: %d events in %d ms, %d ev/s%n", round, r.eventsRead(), ms,
                    r.eventsRead() * 1000 / Math.max(ms, 1));
            assertEquals(true, r.eventsRead() > n);
            if (round == 1) {
                jfr.dump(java.nio.file.Path.of(System.getProperty("kehu.rebuild.jfr", "/tmp/rebuild.jfr")));
                jfr.close();
            }
        }
    }
}
