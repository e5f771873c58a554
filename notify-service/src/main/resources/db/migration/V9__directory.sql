-- The agency directory, owned here and published to the compacted topic agency-directory (ingest-service keeps its
-- own copy from it). version grows with every change; the relay publishes every row whose version is ahead of
-- published_version, so a change committed here reaches the topic even if the service stops in between.
create table agency (
    id                text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name              text        not null,
    region_code       char(6)     not null check (region_code ~ '^[0-9]{6}$'),
    level             text        not null,
    parent_government text,
    active            boolean     not null default true,
    -- lower-case hex SHA-256 of the current API key (the key itself is shown once and never stored)
    api_key_sha256    char(64),
    key_issued_at     timestamptz,
    version           bigint      not null default 1,
    published_version bigint      not null default 0,
    changed_at        timestamptz not null default now()
);

create unique index agency_api_key_sha256 on agency (api_key_sha256);
create index agency_region_code on agency (region_code);
create index agency_unpublished on agency (id) where version > published_version;

-- Dashboard and administration accounts. Supervisors have a jurisdiction (region codes whose trailing 00 pairs are
-- wildcards; no levels = every level) and receive the notices; administrators keep the directory.
create table account (
    login          text primary key check (login ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    role           text        not null check (role in ('SUPERVISOR', 'ADMIN')),
    name           text        not null,
    email          text,
    -- Spring Security's encoded form, {bcrypt}$2a$10$…
    password_hash  text        not null,
    region_codes   text[]      not null default '{}',
    levels         text[]      not null default '{}',
    webhook_url    text,
    webhook_secret text,
    daily_digest   boolean     not null default false,
    active         boolean     not null default true,
    changed_at     timestamptz not null default now(),
    check (role = 'ADMIN' or email is not null)
);
