-- The relay waits on LISTEN kehu_outbox instead of polling an empty outbox every few milliseconds: a
-- transaction that enqueues messages notifies the channel, and PostgreSQL delivers the notification when
-- (and only if) it commits, once per transaction however many rows it added. The poll stays as a fallback.
create function kehu_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('kehu_outbox', '');
    return null;
end
$$;

create trigger es_outbox_wakeup after insert on es_outbox
    for each statement execute function kehu_outbox_notify();
