-- The lists (docs/contract.md#segmentation-service-8082): the change feed is read by asOf (newest first,
-- or since a day); the client list by priority and by a minimum of average assets (size and activity use
-- client_segment_cell).
create index segment_history_as_of on segment_history (as_of);
create index client_segment_priority on client_segment (priority);
create index client_segment_average_assets on client_segment (average_assets);
