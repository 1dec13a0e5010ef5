-- A busy client's traded amount of the day is updated by every batch: room on each page keeps the
-- update on it (HOT: the amount is in no index, so no index entry is written).
alter table client_trade_day set (fillfactor = 70);
