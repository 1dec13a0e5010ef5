package dev.kehu.eventstore.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A job as any instance reads it from {@code es_job} (docs/contract.md "Jobs"). */
@Schema(name = "Job")
public record Job(UUID jobId, String kind, Status status, String requestedBy, Instant requestedAt,
                  Instant startedAt, Instant finishedAt,
                  @Schema(description = "how far the job has come, e.g. {\"eventsApplied\": 120000}; null before it starts")
                  Map<String, Object> progress,
                  @Schema(description = "what the operation answers once it SUCCEEDED (for a rebuild the Rebuilt or "
                          + "RebuiltAll record, for a re-scoring the job's outcome); null until then")
                  Map<String, Object> result,
                  @Schema(description = "why it FAILED; null otherwise")
                  String error) {

    @Schema(name = "JobStatus")
    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED
    }

    /** Where the job is read: {@code GET} it until it SUCCEEDED or FAILED. */
    public String location() {
        return JobsResource.PATH + "/" + jobId;
    }
}
