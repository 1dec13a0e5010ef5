-- A client who left (the first transfer-out completed or account closed) is no longer due for contact
-- nor neglected (docs/domain.md#service-plans): the service plan keeps when, and no due day.
alter table retention_service_plan add column left_at timestamptz;

-- the clients who left before this version: their outcomes are already in retention_churn_outcome
update retention_service_plan p
   set left_at = o.left_at, next_contact_due = null
  from (select client_id, min(occurred_at) as left_at from retention_churn_outcome group by client_id) o
 where o.client_id = p.client_id;
