package dev.kehu.profiling.rescore;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.profiling.config.EventRows;
import dev.kehu.profiling.rescore.RescoreJobView.CategoryChange;
import dev.kehu.profiling.rescore.RescoreJobView.Counts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The re-scoring jobs' record: started and finished over JDBC, each in a transaction of its own (so
 * a job that fails half-way is still on record), read back through Panache.
 */
@ApplicationScoped
public class RescoreJobRows implements PanacheRepositoryBase<RescoreJobRow, UUID> {

    @Inject
    Db db;

    @Inject
    EventRows json;

    void start(UUID jobId, String toVersion, String requestedBy, Instant requestedAt) {
        db.inNewTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into rescore_job (job_id, to_version, status, "
                    + "requested_by, requested_at, counts, category_changed, needs_reassessment) "
                    + "values (?, ?, 'RUNNING', ?, ?, '{}'::jsonb, '[]'::jsonb, '[]'::jsonb)")) {
                ps.setObject(1, jobId);
                ps.setString(2, toVersion);
                ps.setString(3, requestedBy);
                ps.setTimestamp(4, Timestamp.from(requestedAt));
                ps.executeUpdate();
            }
            return null;
        });
    }

    void finish(UUID jobId, String status, Instant finishedAt, Counts counts, List<CategoryChange> changed,
                List<String> reassess) {
        db.inNewTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("update rescore_job set status = ?, finished_at = ?, "
                    + "counts = ?::jsonb, category_changed = ?::jsonb, needs_reassessment = ?::jsonb where job_id = ?")) {
                ps.setString(1, status);
                ps.setTimestamp(2, Timestamp.from(finishedAt));
                ps.setString(3, json.write(counts));
                ps.setString(4, json.write(changed));
                ps.setString(5, json.write(reassess));
                ps.setObject(6, jobId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The job as recorded; a 404 for an unknown id. Needs the caller's transaction (Panache). */
    RescoreJobView view(UUID jobId) {
        RescoreJobRow row = findByIdOptional(jobId).orElseThrow(
                () -> ProblemException.notFound("no re-scoring job " + jobId));
        return new RescoreJobView(row.jobId, row.toVersion, row.status, row.requestedBy, row.requestedAt,
                row.finishedAt, row.counts.equals("{}") ? null : json.read(row.counts, Counts.class),
                List.of(json.read(row.categoryChanged, CategoryChange[].class)),
                List.of(json.read(row.needsReassessment, String[].class)));
    }
}
