package dev.kehu.eventstore.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Long admin work run off the HTTP thread and recorded in {@code es_job}, so that any instance answers
 * for any job (docs/contract.md "Jobs"). At most one job of a kind is queued or running across all
 * instances: the database's unique index on the active kind refuses a second (a 409). A running job
 * renews its heartbeat; one whose instance died stops renewing it and is failed after
 * {@code kehu.jobs.stale-after}, at start-up of any instance or at the next read or start.
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);
    private static final String ACTIVE = "('QUEUED', 'RUNNING')";
    private static final int MAX_ERROR = 2000;
    private static final long PROGRESS_EVERY_MILLIS = 1000;
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    /** The job's work; what it returns is the job's {@code result}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** The running job: its id, and how far it has come for its readers (kept at most once a second, and at the end). */
    public interface Progress {
        UUID jobId();

        void report(Object progress);
    }

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final JobsConfig config;
    private final ManagedExecutor executor;
    private final ScheduledExecutorService heartbeats;
    /** The jobs this instance runs, with the progress last reported and when it was last written. */
    private final Map<UUID, Reported> running = new ConcurrentHashMap<>();

    private record Reported(Object progress, long writtenAt) {
    }

    public Jobs(AgroalDataSource dataSource, ObjectMapper json, JobsConfig config) {
        this.dataSource = dataSource;
        this.json = json;
        this.config = config;
        // nothing of the request that started a job is carried into it: the request ends at once
        this.executor = ManagedExecutor.builder().maxAsync(config.maxConcurrent()).maxQueued(-1)
                .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kehu-job-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    void onStart(@Observes StartupEvent event) {
        try {
            failStale();
        } catch (RuntimeException e) {
            // a database not up yet, or a schema without es_job (the library's own tests): the next start reads it
            LOG.warnf("could not look for abandoned jobs at start-up: %s", e.getMessage());
        }
        long every = Math.max(1, config.heartbeat().toMillis());
        heartbeats.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        heartbeats.shutdownNow();
        executor.shutdownNow();
        for (UUID id : Set.copyOf(running.keySet())) {
            try {
                finish(id, Job.Status.FAILED, null, "the instance running it stopped");
            } catch (RuntimeException e) {
                LOG.warnf("job %s: could not record that it stopped (%s); it fails once stale", id, e.getMessage());
            }
        }
    }

    /**
     * Queues {@code work} as a job of {@code kind} and returns it QUEUED; a 409 problem naming the active
     * job when one of the kind is queued or running on any instance.
     */
    public <T> Job start(String kind, String requestedBy, Work<T> work) {
        failStale();
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into es_job (job_id, kind, status, requested_by) "
                     + "values (?, ?, 'QUEUED', ?)")) {
            ps.setObject(1, id);
            ps.setString(2, kind);
            ps.setString(3, requestedBy);
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw alreadyActive(kind);
            }
            throw new IllegalStateException("could not record the job: " + e.getMessage(), e);
        }
        running.put(id, new Reported(null, 0));
        executor.execute(() -> run(id, work));
        return get(id).orElseThrow();
    }

    /** The job as recorded (any instance's), failing it first if its instance stopped renewing it. */
    public Optional<Job> get(UUID jobId) {
        failStale();
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("select job_id, kind, status, requested_by, requested_at, "
                    + "started_at, finished_at, progress::text, result::text, error from es_job where job_id = ?")) {
                ps.setObject(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(job(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The active job of a kind, if any: what a caller refused with a 409 may follow instead. */
    public Optional<UUID> active(String kind) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement("select job_id from es_job where kind = ? and status in "
                    + ACTIVE)) {
                ps.setString(1, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    private ProblemException alreadyActive(String kind) {
        Optional<UUID> active = active(kind);
        return ProblemException.conflict("a " + kind + " job is already queued or running; wait for it to finish",
                active.<Map<String, Object>>map(id -> Map.of("jobId", id.toString(),
                        "location", JobsResource.PATH + "/" + id)).orElse(Map.of()));
    }

    private <T> void run(UUID id, Work<T> work) {
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            if (update("update es_job set status = 'RUNNING', started_at = clock_timestamp(), "
                    + "heartbeat_at = clock_timestamp() where job_id = ? and status = 'QUEUED'", id) == 0) {
                return; // failed as abandoned meanwhile
            }
            T result = work.run(new Progress() {
                @Override
                public UUID jobId() {
                    return id;
                }

                @Override
                public void report(Object progress) {
                    progress(id, progress);
                }
            });
            finish(id, Job.Status.SUCCEEDED, result, null);
        } catch (Throwable e) {
            LOG.errorf(e, "job %s failed", id);
            try {
                finish(id, Job.Status.FAILED, null, message(e));
            } catch (RuntimeException again) {
                LOG.errorf("job %s: could not record its failure (%s); it fails once stale", id, again.getMessage());
            }
        } finally {
            running.remove(id);
            request.terminate();
        }
    }

    private void progress(UUID id, Object progress) {
        long now = System.currentTimeMillis();
        Reported last = running.get(id);
        if (last != null && now - last.writtenAt() < PROGRESS_EVERY_MILLIS) {
            running.put(id, new Reported(progress, last.writtenAt()));
            return;
        }
        running.put(id, new Reported(progress, now));
        try {
            update("update es_job set progress = ?::jsonb, heartbeat_at = clock_timestamp() where job_id = ?",
                    write(progress), id);
        } catch (RuntimeException e) {
            LOG.debugf("job %s: progress not recorded (%s)", id, e.getMessage());
        }
    }

    private void finish(UUID id, Job.Status status, Object result, String error) {
        Reported last = running.get(id);
        update("update es_job set status = ?, finished_at = clock_timestamp(), heartbeat_at = clock_timestamp(), "
                        + "progress = coalesce(?::jsonb, progress), result = ?::jsonb, error = ? "
                        + "where job_id = ? and status in " + ACTIVE, status.name(),
                last == null || last.progress() == null ? null : write(last.progress()),
                result == null ? null : write(result), error, id);
    }

    private void beat() {
        if (running.isEmpty()) {
            return;
        }
        try {
            query(c -> {
                try (PreparedStatement ps = c.prepareStatement("update es_job set heartbeat_at = clock_timestamp() "
                        + "where job_id = any (?) and status in " + ACTIVE)) {
                    ps.setArray(1, c.createArrayOf("uuid", running.keySet().toArray()));
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("job heartbeat not recorded: %s", e.getMessage());
        }
    }

    /** Fails the active jobs no instance renewed for {@code kehu.jobs.stale-after}, freeing their kind. */
    int failStale() {
        int failed = query(c -> {
            try (PreparedStatement ps = c.prepareStatement("update es_job set status = 'FAILED', "
                    + "finished_at = clock_timestamp(), error = 'abandoned: no heartbeat for ' || ? || ' s (its "
                    + "instance stopped)' where status in " + ACTIVE + " and heartbeat_at < clock_timestamp() "
                    + "- make_interval(secs => ?) and not (job_id = any (?))")) {
                long seconds = Math.max(1, config.staleAfter().toSeconds());
                ps.setLong(1, seconds);
                ps.setLong(2, seconds);
                ps.setArray(3, c.createArrayOf("uuid", running.keySet().toArray()));
                return ps.executeUpdate();
            }
        });
        if (failed > 0) {
            LOG.warnf("%d abandoned job(s) marked FAILED", failed);
        }
        return failed;
    }

    private Job job(ResultSet rs) throws SQLException {
        return new Job(rs.getObject("job_id", UUID.class), rs.getString("kind"),
                Job.Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getObject("requested_at", OffsetDateTime.class).toInstant(), instant(rs, "started_at"),
                instant(rs, "finished_at"), read(rs.getString("progress")), read(rs.getString("result")),
                rs.getString("error"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private Map<String, Object> read(String text) {
        try {
            return text == null ? null : json.readValue(text, OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job's result or progress is not JSON", e);
        }
    }

    /** The failure as a reader of the job should see it: each cause's message, outermost first. */
    static String message(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
            String m = t instanceof ProblemException p ? p.problem().detail() : t.getMessage();
            if (m != null && !text.toString().contains(m)) {
                text.append(text.isEmpty() ? "" : ": ").append(m);
            }
        }
        String all = text.isEmpty() ? e.getClass().getSimpleName() : text.toString();
        return all.length() > MAX_ERROR ? all.substring(0, MAX_ERROR) : all;
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Sql<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("jobs: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... parameters) {
        return query(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
