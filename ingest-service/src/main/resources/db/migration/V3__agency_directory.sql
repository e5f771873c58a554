-- The agencies allowed to submit: ingest's copy of the directory that notify-service owns and publishes to the
-- compacted topic agency-directory (the system of record). A row is replaced only by a higher version.
create table agency (
    id                text primary key,
    name              text        not null,
    region_code       char(6)     not null,
    level             text        not null,
    parent_government text,
    active            boolean     not null,
    -- lower-case hex SHA-256 of the current API key; null while none is issued
    api_key_sha256    char(64),
    version           bigint      not null,
    changed_at        timestamptz not null
);

-- a presented key is found by its digest through this index, never by hashing it against every agency
create unique index agency_api_key_sha256 on agency (api_key_sha256);

-- Every request that presented an X-Api-Key: who (the agency the key belonged to when the row was written; null for a
-- key that matches none), when, what for, the answer and from where. Written in batches off the request path.
create table api_key_use (
    id             bigint generated always as identity primary key,
    used_at        timestamptz not null,
    key_sha256     char(64)    not null,
    agency_id      text,
    method         text        not null,
    path           text        not null,
    status         integer     not null,
    client_address text        not null
);

create index api_key_use_agency on api_key_use (agency_id, used_at);
