-- Segmentation read models: every table is a projection of the client-<id> streams and can be
-- rebuilt from es_event.

-- End-of-day total assets per client, day and account (a corrected report replaces the row).
create table client_balance (
    client_id     text    not null,
    day           date    not null,
    account_id    text    not null,
    total_assets  numeric not null,
    cash          numeric not null,
    market_value  numeric not null,
    primary key (client_id, day, account_id)
);

-- Every recorded trade: the seen-tradeId set that dedupes the feed, and the traded amount per day.
create table client_trade (
    client_id  text    not null,
    trade_id   text    not null,
    trade_day  date    not null,
    amount     numeric not null,
    primary key (client_id, trade_id)
);
create index client_trade_day on client_trade (client_id, trade_day);

-- The current classification of every client with at least one balance report.
create table client_segment (
    client_id       text    primary key,
    segment         text    not null,
    size            text    not null,
    activity        text    not null,
    priority        text    not null,
    service_tier    text    not null,
    average_assets  numeric not null,
    turnover        numeric not null,
    as_of           date    not null,
    version         bigint  not null
);
create index client_segment_cell on client_segment (size, activity);

-- Every segment change, as published on segmentation.segment-changed.
create table segment_history (
    client_id         text    not null,
    version           bigint  not null,
    previous_segment  text,
    segment           text    not null,
    size              text    not null,
    activity          text    not null,
    priority          text    not null,
    average_assets    numeric not null,
    turnover          numeric not null,
    as_of             date    not null,
    primary key (client_id, version)
);
