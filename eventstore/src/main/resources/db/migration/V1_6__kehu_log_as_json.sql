-- The log keeps each event's JSON as written (json), not as parsed binary (jsonb): nothing queries inside
-- an event in SQL (projections and folds decode it in Java), and every append paid for building jsonb while
-- every read of the log paid for printing it back as text. See docs/decisions/0002-json-columns.md.
-- (Rewrites the table once: on a large log this migration takes a while, under an exclusive lock.)
alter table es_event
    alter column data type json using data::json,
    alter column metadata type json using metadata::json;
