-- A migration a later release rewrote the comment of (docs/operations.md#upgrading-the-schema).
create table amended_at_start (id int);
