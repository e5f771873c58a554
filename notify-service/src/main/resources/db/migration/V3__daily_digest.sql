-- One daily digest per supervisor and day.
create table digest_sent (
    supervisor text        not null,
    day        date        not null,
    sent_at    timestamptz not null default now(),
    primary key (supervisor, day)
);
