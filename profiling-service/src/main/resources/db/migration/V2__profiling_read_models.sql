-- Profiling read models: projections of the client streams (rebuildable), plus the idempotency keys.

-- Every risk assessment, for the history endpoint; data is the stored event.
create table risk_assessment (
    assessment_id   uuid        primary key,
    client_id       text        not null,
    stream_version  bigint      not null,
    completed_at    timestamptz not null,
    data            jsonb       not null
);
create index risk_assessment_client on risk_assessment (client_id, stream_version desc);

-- The current profile per client: the fold of its stream, and when its assessment expires.
create table client_profile (
    client_id             text        primary key,
    version               bigint      not null,
    latest_assessment_id  uuid,
    valid_until           timestamptz,
    state                 jsonb       not null
);
create index client_profile_valid_until on client_profile (valid_until, client_id) where valid_until is not null;

-- Every SERVQUAL survey; data is the stored event.
create table service_survey (
    survey_id       uuid        primary key,
    client_id       text        not null,
    stream_version  bigint      not null,
    completed_at    timestamptz not null,
    overall_gap     numeric     not null,
    data            jsonb       not null
);
create index service_survey_client on service_survey (client_id, stream_version desc);

-- Idempotency-Key of a submission → the assessment it created. Written in the submission's own
-- transaction, so a retry finds it exactly when the assessment exists. Not a projection: the key
-- is a transport concern and stays out of the domain events.
create table idempotency_key (
    client_id      text        not null,
    idem_key       text        not null,
    request_hash   text        not null,
    assessment_id  uuid        not null,
    created_at     timestamptz not null default clock_timestamp(),
    primary key (client_id, idem_key)
);
