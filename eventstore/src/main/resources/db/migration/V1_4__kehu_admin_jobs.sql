-- Long admin work (read-model rebuilds, re-scoring) run as jobs (docs/contract.md "Jobs"): any instance
-- answers for any job, and at most one job of a kind is queued or running across every instance.
create table es_job (
    job_id        uuid        primary key,
    kind          text        not null,
    status        text        not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    requested_by  text        not null,
    requested_at  timestamptz not null default clock_timestamp(),
    started_at    timestamptz,
    finished_at   timestamptz,
    -- renewed while the job runs; a job whose instance died stops renewing it and is failed
    heartbeat_at  timestamptz not null default clock_timestamp(),
    progress      jsonb,
    result        jsonb,
    error         text
);

-- the second start of a kind while one is active is refused by the database itself (a 409), whichever
-- instance it reaches
create unique index es_job_one_active_per_kind on es_job (kind) where status in ('QUEUED', 'RUNNING');
