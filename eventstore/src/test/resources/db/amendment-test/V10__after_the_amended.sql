-- Pending when the amended database starts: it still runs.
create table after_the_amended (id int);
