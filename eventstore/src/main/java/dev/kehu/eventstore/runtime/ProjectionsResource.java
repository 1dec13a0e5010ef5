package dev.kehu.eventstore.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.Projections;
import dev.kehu.eventstore.jobs.Job;
import dev.kehu.eventstore.jobs.Jobs;
import dev.kehu.eventstore.jobs.JobsResource;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Operations on the service's read models: where each stands, and rebuilding them from the log. A rebuild
 * is a job (docs/contract.md "Jobs"): one at a time per service, whichever instance is asked.
 */
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

    /** The kind of every rebuild job, of one read model or all: two would each hold the log's lock. */
    public static final String REBUILD = "projection-rebuild";

    private final Db db;
    private final EventStore store;
    private final Projections projections;

    private final EventStoreConfig config;
    private final KehuMetrics metrics;
    private final Jobs jobs;
    private final CurrentRequest request;

    public ProjectionsResource(Db db, EventStore store, Projections projections, EventStoreConfig config,
                               KehuMetrics metrics, Jobs jobs, CurrentRequest request) {
        this.db = db;
        this.store = store;
        this.projections = projections;
        this.config = config;
        this.metrics = metrics;
        this.jobs = jobs;
        this.request = request;
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
            summary = "Start rebuilding one read model from the whole log (maintenance); its job's result is a Rebuilt")
    @APIResponse(responseCode = "202", description = "the rebuild job, QUEUED; GET its Location until it SUCCEEDED",
            headers = @Header(name = "Location", description = "/api/v1/admin/jobs/{jobId}",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class)))
    @APIResponse(responseCode = "404", description = "no read model of that name")
    @APIResponse(responseCode = "409", description = "a rebuild is already queued or running")
    public Response rebuild(@PathParam("name") String name) {
        Projection projection = projections.all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("no projection named " + name));
        return JobsResource.accepted(jobs.start(REBUILD, request.actor(), progress -> {
            long start = System.nanoTime();
            long applied = retryingDeadlocks(() -> db.inNewTransaction(config.rebuildTimeout(),
                    c -> projections.rebuild(c, store, List.of(projection), null, reporting(progress))
                            .eventsApplied()));
            long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            return new Rebuilt(name, applied, millis, applied * 1000.0 / millis);
        }));
    }

    /** Rebuilds every read model of the service from one pass over the log. */
    @POST
    @Path("/rebuild")
    @RolesAllowed(Roles.MANAGER)
    @Operation(operationId = "rebuildAllProjections", summary = "Start rebuilding every read model in one pass over "
            + "the log (maintenance); its job's result is a RebuiltAll")
    @APIResponse(responseCode = "202", description = "the rebuild job, QUEUED; GET its Location until it SUCCEEDED",
            headers = @Header(name = "Location", description = "/api/v1/admin/jobs/{jobId}",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Job.class)))
    @APIResponse(responseCode = "409", description = "a rebuild is already queued or running")
    public Response rebuildAll() {
        return JobsResource.accepted(jobs.start(REBUILD, request.actor(), progress -> {
            long start = System.nanoTime();
            Projections.Rebuilt r = retryingDeadlocks(() -> db.inNewTransaction(config.rebuildTimeout(),
                    c -> projections.rebuild(c, store, projections.all(), db.dataSource(), reporting(progress))));
            long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            return new RebuiltAll(projections.all().stream().map(Projection::name).toList(), r.eventsRead(),
                    r.eventsApplied(), millis, r.eventsRead() * 1000.0 / millis);
        }));
    }

    /** The rebuild's metric, and the job's progress: events applied so far (a retried attempt starts again). */
    private Projections.Progress reporting(Jobs.Progress job) {
        Projections.Progress metric = metrics.rebuildProgress();
        AtomicLong applied = new AtomicLong();
        return (projection, events) -> {
            metric.applied(projection, events);
            job.report(Map.of("eventsApplied", applied.addAndGet(events)));
        };
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
