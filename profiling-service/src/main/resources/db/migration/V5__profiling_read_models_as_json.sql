-- The read models' stored events and folded states as json (the text as written), not jsonb: they are
-- read back whole, never queried inside, and a projection writes one with every append and every row of a
-- rebuild, where building jsonb was most of the database's work (docs/decisions/0002-json-columns.md).
alter table risk_assessment
    alter column data type json using data::json,
    alter column recorded_by type json using recorded_by::json;
alter table service_survey
    alter column data type json using data::json,
    alter column recorded_by type json using recorded_by::json;
alter table client_profile
    alter column state type json using state::json;
alter table suitability_check
    alter column state type json using state::json;
alter table product
    alter column details type json using details::json;
alter table product_change
    alter column data type json using data::json,
    alter column recorded_by type json using recorded_by::json;
