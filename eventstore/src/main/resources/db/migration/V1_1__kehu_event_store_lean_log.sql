-- Nothing reads the log by type (projections filter the pages they read in position order), and
-- every append paid for keeping this index: dropped.
drop index if exists es_event_type_position;
