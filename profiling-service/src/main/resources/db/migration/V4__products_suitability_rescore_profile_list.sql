-- Products and suitability checks (docs/domain.md#suitability), re-scoring jobs
-- (docs/domain.md#questionnaire-versions), and the profile list's columns (docs/contract.md#profiling-service-8081).

-- The catalogue as it is now (projection of the product streams) and every registration/change.
create table product (
    product_code  text        primary key,
    risk_level    text        not null,
    on_sale       boolean     not null,
    product_type  text        not null,
    version       bigint      not null,
    updated_at    timestamptz not null,
    details       jsonb       not null
);
create index product_risk_level on product (risk_level, product_code);

create table product_change (
    event_id        uuid        primary key,
    product_code    text        not null,
    stream_version  bigint      not null,
    recorded_at     timestamptz not null,
    data            jsonb       not null,
    recorded_by     jsonb
);
create index product_change_code on product_change (product_code, stream_version);

-- Every suitability check as it stands (the fold of its stream).
create table suitability_check (
    check_id         uuid        primary key,
    client_id        text        not null,
    product_code     text        not null,
    result           text        not null,
    checked_at       timestamptz not null,
    acknowledged_at  timestamptz,
    version          bigint      not null,
    state            jsonb       not null
);
create index suitability_check_client on suitability_check (client_id, checked_at desc, check_id);

-- Re-scoring jobs: requested, then their outcome. Not a projection: an operation's own record.
create table rescore_job (
    job_id              uuid        primary key,
    to_version          text        not null,
    status              text        not null,
    requested_by        text,
    requested_at        timestamptz not null,
    finished_at         timestamptz,
    counts              jsonb       not null,
    category_changed    jsonb       not null,
    needs_reassessment  jsonb       not null
);

-- The profile list's filters (GET /api/v1/profiles, docs/contract.md#profiling-service-8081), kept by the
-- client-profile projection. Existing rows are filled from the folded state here; a rebuild of
-- client-profile writes the same values.
alter table client_profile
    add column risk_category    text,
    add column capacity_band    text,
    add column attitude_band    text,
    add column consistency      text,
    add column life_stage       text,
    add column personality      text,
    add column updated_at       timestamptz;
update client_profile set
    risk_category = state #>> '{latestAssessment,riskCategory}',
    capacity_band = state #>> '{latestAssessment,capacity,band}',
    attitude_band = state #>> '{latestAssessment,attitude,band}',
    consistency   = state #>> '{latestAssessment,consistency,level}',
    life_stage    = state #>> '{household,lifeCycleStage}',
    personality   = state #>> '{personality,personality}',
    updated_at    = (state ->> 'updatedAt')::timestamptz;
create index client_profile_risk_category on client_profile (risk_category, client_id);
