-- Kehu event-sourcing plumbing (shared by every service; service migrations start at V2).

-- One row per stream: its current version. Appends update it with a compare-and-set, so a
-- concurrent writer waits on the row lock and then sees a clean conflict, never a constraint error.
create table es_stream (
    stream_id   text primary key,
    version     bigint      not null,
    updated_at  timestamptz not null default clock_timestamp()
);

-- The append-only log. position is the global order that projections follow.
create table es_event (
    position     bigserial   primary key,
    stream_id    text        not null,
    version      bigint      not null,
    event_id     uuid        not null unique,
    type         text        not null,
    data         jsonb       not null,
    metadata     jsonb       not null,
    recorded_at  timestamptz not null default clock_timestamp(),
    constraint es_event_stream_version unique (stream_id, version)
);

create index es_event_type_position on es_event (type, position);

-- Integration messages written in the same transaction as the domain events, relayed to Kafka.
-- The key is bytes and the headers escaped JSON text, not jsonb: a dead letter must keep whatever
-- bytes the bad message came with, NUL included, which text and jsonb columns refuse.
create table es_outbox (
    id          bigserial   primary key,
    topic       text        not null,
    record_key  bytea,
    headers     text        not null,
    payload     bytea,
    created_at  timestamptz not null default clock_timestamp()
);

-- Messages a consumer has processed, recorded in the same transaction as their effects.
create table es_inbox (
    consumer      text        not null,
    message_id    text        not null,
    processed_at  timestamptz not null default clock_timestamp(),
    primary key (consumer, message_id)
);

-- The last global position each projection applied.
create table es_projection_checkpoint (
    projection  text        primary key,
    position    bigint      not null,
    updated_at  timestamptz not null default clock_timestamp()
);
