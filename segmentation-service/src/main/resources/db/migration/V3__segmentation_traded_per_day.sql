-- Traded amount per client and trading day, kept by the client-metrics projection. Loading a
-- client's window used to sum client_trade, reading every trade of a busy client again in every
-- batch; this is one row per day however busy the client. client_trade stays for the trade ids.
drop index client_trade_day;
create table client_trade_day (
    client_id  text    not null,
    trade_day  date    not null,
    amount     numeric not null,
    primary key (client_id, trade_day)
);
insert into client_trade_day (client_id, trade_day, amount)
    select client_id, trade_day, sum(amount) from client_trade group by client_id, trade_day;
