-- The learned churn weights (docs/domain.md#learned-weights); projections, rebuildable.

-- the back office's outcomes: a transfer-out completed or an account closed (a client churned at its first)
create table retention_churn_outcome (
    event_id    text primary key,
    client_id   text not null,
    kind        text not null,
    occurred_at timestamptz not null
);
create index retention_churn_outcome_client on retention_churn_outcome (client_id, occurred_at);

-- the signals of a period by time, for the fit's observation points
create index retention_signal_time on retention_signal (occurred_at);

-- each fit of the churn model: what it was asked, how it ended, and its evidence (the fit's event as JSON)
create table retention_churn_fit (
    fit_id        text primary key,
    status        text not null,
    period_from   date not null,
    period_to     date not null,
    horizon_days  integer not null,
    requested_by  text not null,
    finished_at   timestamptz not null,
    observations  integer,
    churned       integer,
    auc           double precision,
    auc_configured double precision,
    error         text
);
create index retention_churn_fit_finished on retention_churn_fit (finished_at desc, fit_id);
