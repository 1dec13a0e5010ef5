package dev.kehu.eventstore.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operations on the service's read models: where each stands, and rebuilding one from the log. */
@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionsResource {

    public record Status(String name, long position, List<String> tables) {
    }

    public record Rebuilt(String name, long eventsApplied, long millis, double eventsPerSecond) {
    }

    private final Db db;
    private final EventStore store;
    private final Projections projections;

    public ProjectionsResource(Db db, EventStore store, Projections projections) {
        this.db = db;
        this.store = store;
        this.projections = projections;
    }

    @GET
    public List<Status> list() {
        return db.call(c -> {
            List<Status> all = new ArrayList<>();
            for (Projection p : projections.all()) {
                all.add(new Status(p.name(), Projections.checkpoint(c, p.name()), p.tables()));
            }
            return all;
        });
    }

    @POST
    @Path("/{name}/rebuild")
    public Rebuilt rebuild(@PathParam("name") String name) {
        Projection projection = projections.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no projection named " + name));
        long start = System.nanoTime();
        long applied = db.inNewTransaction(c -> projections.rebuild(c, store, projection));
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        return new Rebuilt(name, applied, millis, applied * 1000.0 / millis);
    }
}
