-- Read models of the retention service; all of them projections of the event log (rebuildable).

-- every churn signal, for the churn-risk view and its window
create table retention_signal (
    signal_id   text primary key,
    client_id   text not null,
    kind        text not null,
    occurred_at timestamptz not null,
    weight      integer not null,
    detail      text not null
);
create index retention_signal_client on retention_signal (client_id, occurred_at);

-- each client's latest segment, and since when it has been STATIC after trading (reactivation list)
create table retention_client (
    client_id      text primary key,
    segment        text not null,
    size           text not null,
    activity       text not null,
    priority       text not null,
    average_assets numeric not null,
    as_of          date not null,
    fell_static_on date
);
create index retention_client_reactivation on retention_client (average_assets desc, client_id)
    where activity = 'STATIC' and fell_static_on is not null;

-- one row per CPR task; at most one OPEN task per client
create table retention_task (
    task_id         text primary key,
    client_id       text not null,
    status          text not null,
    stage           text not null,
    priority        text not null,
    due_at          timestamptz not null,
    opened_at       timestamptz not null,
    closed_at       timestamptz,
    assignee        text,
    reason_category text,
    outcome         text,
    escalated       boolean not null default false,
    client_segment  text,
    risk_score      integer not null,
    risk_level      text not null,
    version         bigint not null
);
create unique index retention_task_one_open on retention_task (client_id) where status = 'OPEN';
create index retention_task_queue on retention_task (status, priority, due_at);
create index retention_task_overdue on retention_task (due_at) where status = 'OPEN' and not escalated;
