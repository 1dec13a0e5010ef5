-- Outbox messages the broker can never take (too large, an invalid or missing topic, ...): the relay
-- moves each here, in the transaction that deletes it from es_outbox, and goes on with the rest.
-- The original row (its es_outbox id and time included), why it was parked and when.
-- docs/operations-messaging.md says how to inspect one and send it again.
create table es_outbox_parked (
    id          bigint      primary key,
    topic       text        not null,
    record_key  bytea,
    headers     text        not null,
    payload     bytea,
    created_at  timestamptz not null,
    reason      text        not null,
    parked_at   timestamptz not null default clock_timestamp()
);

-- The inbox is pruned by age (rows older than kehu.eventstore.inbox-retention). Rows arrive in
-- processed_at order, so a BRIN index finds the old ones for a few pages of upkeep, where a B-tree
-- would cost every consumed message another index insert.
create index es_inbox_processed_at on es_inbox using brin (processed_at);
