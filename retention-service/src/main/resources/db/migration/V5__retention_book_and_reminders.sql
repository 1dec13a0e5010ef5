-- The advisor's book, reminders (策略提醒) and the contact's reminder content (docs/domain.md#advisor-book,
-- #reminders); projections of the client streams, rebuildable.

-- the reminder a contact delivered (null on contacts recorded before reminders existed)
alter table retention_contact add column reminder_content text;

-- each client's responsible advisor: the advisor's book
create table retention_book (
    client_id   text primary key,
    advisor_id  text not null,
    assigned_by text not null,
    assigned_at timestamptz not null
);
create index retention_book_advisor on retention_book (advisor_id, client_id);

-- what a client's reminders follow from (the latest needs, the last contact per content, the latest
-- assessment's validity, the day the segment fell to STATIC), as JSON, with the preferred channel and
-- personality the next actions show
create table retention_reminder_client (
    client_id   text primary key,
    state       jsonb not null,
    channel     text,
    personality text
);

-- each client's reminders, due or not; rewritten whole for a client when anything of it changes
create table retention_reminder (
    client_id text not null,
    position  integer not null,
    content   text not null,
    channel   text,
    source    text not null,
    due_on    date not null,
    primary key (client_id, position)
);
create index retention_reminder_due on retention_reminder (due_on, client_id);
