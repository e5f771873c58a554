-- One row per accepted submission. The document bytes are not kept here: report-submitted is the system of record.
create table submission (
    id              uuid primary key,
    agency_id       text        not null,
    report_year     integer     not null,
    sha256          char(64)    not null,
    size_bytes      bigint      not null,
    media_type      text        not null,
    file_name       text        not null,
    published_on    date,
    publication_url text,
    channel         text        not null,
    submitted_by    text        not null,
    submitted_at    timestamptz not null,
    -- identical bytes for the same agency and year are one submission
    constraint submission_same_content unique (agency_id, report_year, sha256)
);

-- The latest verdict from report-validated (a replay or a prior year arriving may validate a submission again).
create table validation (
    submission_id    uuid primary key references submission (id),
    verdict          text        not null,
    rule_set_version text        not null,
    format_version   text        not null,
    validated_at     timestamptz not null
);

create table key_figure (
    submission_id uuid not null references validation (submission_id) on delete cascade,
    figure_id     text not null,
    value         text,
    primary key (submission_id, figure_id)
);

create table finding (
    submission_id uuid    not null references validation (submission_id) on delete cascade,
    position      integer not null,
    rule_id       text    not null,
    outcome       text    not null,
    severity      text    not null,
    message_zh    text    not null,
    quote         text,
    primary key (submission_id, position)
);
