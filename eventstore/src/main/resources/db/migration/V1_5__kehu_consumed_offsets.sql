-- Where a consumer that deduplicates by offset stands in each topic partition: the next offset to apply,
-- written in the transaction of the effects of the records before it (Kafka's exactly-once pattern with
-- an external store). A redelivered record below it is a duplicate; it replaces one es_inbox row per
-- message for consumers whose messages carry their own natural keys (docs/contract.md "Delivery").
-- Updated by every batch: room on each page for HOT updates.
create table es_consumed_offset (
    consumer     text        not null,
    topic        text        not null,
    partition    int         not null,
    next_offset  bigint      not null,
    updated_at   timestamptz not null default clock_timestamp(),
    primary key (consumer, topic, partition)
) with (fillfactor = 50);

-- Nothing looks an event up by its id (ids are time-ordered and unique by construction: EventIds), and
-- every append paid for keeping this unique index.
alter table es_event drop constraint if exists es_event_event_id_key;

-- Every append moves its streams' versions: leave room on each page so the update stays on it (HOT).
alter table es_stream set (fillfactor = 70);
