package dev.kehu.eventstore.runtime;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operations on the service's read models: where each stands, and rebuilding one from the log. */
@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin", description = "The service's read models: where each stands, rebuilding them from the log")
public class ProjectionsResource {

    public record Status(String name, long position, List<String> tables) {
    }

    public record Rebuilt(String name, long eventsApplied, long millis, double eventsPerSecond) {
    }

    /** A rebuild of every read model: {@code eventsPerSecond} counts log events replayed. */
    public record RebuiltAll(List<String> projections, long eventsRead, long eventsApplied, long millis,
                             double eventsPerSecond) {
    }

    private final Db db;
    private final EventStore store;
    private final Projections projections;

    private final EventStoreConfig config;
    private final KehuMetrics metrics;

    public ProjectionsResource(Db db, EventStore store, Projections projections, EventStoreConfig config,
                               KehuMetrics metrics) {
        this.db = db;
        this.store = store;
        this.projections = projections;
        this.config = config;
        this.metrics = metrics;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listProjections",
            summary = "Every read model of the service and the log position of its last rebuild")
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
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "rebuildProjection",
            summary = "Rebuild one read model from the whole log (maintenance)")
    public Rebuilt rebuild(@PathParam("name") String name) {
        Projection projection = projections.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no projection named " + name));
        long start = System.nanoTime();
        long applied = retryingDeadlocks(() -> db.inNewTransaction(config.rebuildTimeout(),
                c -> projections.rebuild(c, store, List.of(projection), null, metrics.rebuildProgress()).eventsApplied()));
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        return new Rebuilt(name, applied, millis, applied * 1000.0 / millis);
    }

    /** Rebuilds every read model of the service from one pass over the log. */
    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "rebuildAllProjections",
            summary = "Rebuild every read model in one pass over the log (maintenance)")
    public RebuiltAll rebuildAll() {
        long start = System.nanoTime();
        Projections.Rebuilt r = retryingDeadlocks(() -> db.inNewTransaction(config.rebuildTimeout(),
                c -> projections.rebuild(c, store, projections.all(), db.dataSource(), metrics.rebuildProgress())));
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        return new RebuiltAll(projections.all().stream().map(Projection::name).toList(), r.eventsRead(),
                r.eventsApplied(), millis, r.eventsRead() * 1000.0 / millis);
    }

    /** How often a rebuild chosen as a deadlock's victim starts again before the caller gets a 503. */
    static final int REBUILD_ATTEMPTS = 3;

    /**
     * A rebuild holds the log in share mode while it truncates the read models; a writer that already
     * locked a read-model row and then appends waits on the log, and PostgreSQL breaks the cycle by
     * failing one of the two. The rebuild rolled back whole, so it can simply start again.
     */
    static <T> T retryingDeadlocks(java.util.function.Supplier<T> rebuild) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rebuild.get();
            } catch (RuntimeException e) {
                if (attempt >= REBUILD_ATTEMPTS || !DataAccessException.isDeadlockOrSerialization(e)) {
                    throw e;
                }
            }
        }
    }
}
