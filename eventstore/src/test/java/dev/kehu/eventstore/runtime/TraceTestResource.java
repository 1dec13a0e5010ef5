package dev.kehu.eventstore.runtime;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A test endpoint that writes one outbox message, as a service's command endpoint would. */
@Path("/test/trace/{topic}/{clientId}")
public class TraceTestResource {

    private final Db db;
    private final Outbox outbox;

    public TraceTestResource(Db db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    @POST
    @PermitAll
    public void write(@PathParam("topic") String topic, @PathParam("clientId") String clientId) {
        db.inNewTransaction(c -> {
            outbox.enqueue(c, CloudEvents.binary(topic, "/eventstore-test", "test.trace.v1", clientId, UUID.randomUUID(),
                    Instant.now(), "{}", null));
            return null;
        });
    }
}
