-- What parse-service made of each submission, read from report-parsed: the timeline's SUBMITTED and PARSED entries.
-- Keyed by (submission, parse time): a re-parse (replay) is a new entry, a redelivered event is not.
create table parse_result (
    submission_id text        not null,
    parsed_at     timestamptz not null,
    agency_id     text        not null,
    report_year   int         not null,
    submitted_at  timestamptz not null,
    outcome       text        not null,
    detail        text        not null,
    primary key (submission_id, parsed_at)
);

create index parse_result_by_agency on parse_result (agency_id);
