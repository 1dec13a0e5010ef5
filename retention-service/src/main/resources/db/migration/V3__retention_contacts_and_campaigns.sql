-- Service plans, contacts, neglect (docs/domain.md#service-plans) and reactivation campaigns
-- (docs/domain.md#reactivation); projections of the log.

-- every recorded contact, newest first per client
create table retention_contact (
    contact_id  text primary key,
    client_id   text not null,
    channel     text not null,
    direction   text not null,
    purpose     text not null,
    occurred_at timestamptz not null,
    notes       text,
    campaign_id text,
    task_id     text,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index retention_contact_client on retention_contact (client_id, occurred_at desc, contact_id);

-- each client's tier, contact clock and neglect flag (the contacts-due list and the neglect scan)
create table retention_service_plan (
    client_id           text primary key,
    tier                text,
    contact_every_days  integer,
    first_classified_on date,
    last_contact_at     timestamptz,
    next_contact_due    date,
    neglect_raised      boolean not null default false
);
create index retention_service_plan_due on retention_service_plan (next_contact_due, client_id)
    where next_contact_due is not null;

-- reactivation campaigns (存量盘活) and their members, fixed at creation
create table retention_campaign (
    campaign_id text primary key,
    name        text not null,
    segments    text not null,
    starts_on   date not null,
    ends_on     date not null,
    watch_until date not null,
    offer       text,
    created_by  text not null,
    created_at  timestamptz not null
);
create table retention_campaign_member (
    campaign_id    text not null,
    client_id      text not null,
    segment        text not null,
    status         text not null,
    contacted_at   timestamptz,
    reactivated_on date,
    primary key (campaign_id, client_id)
);
create index retention_campaign_member_client on retention_campaign_member (client_id);

-- the reactivation list now includes clients STATIC from their first classification: a client that
-- is STATIC and never "fell" has been STATIC since its latest segment day at the latest
update retention_client set fell_static_on = as_of where activity = 'STATIC' and fell_static_on is null;
