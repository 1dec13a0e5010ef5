-- Who recorded each assessment and survey ({actor, role}, from the event's metadata), for the
-- histories. Rows written before this column existed get it on the next rebuild of the projection.
alter table risk_assessment add column recorded_by jsonb;
alter table service_survey add column recorded_by jsonb;
