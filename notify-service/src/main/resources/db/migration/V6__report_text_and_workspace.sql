-- The normalised text of each submission, read from report-parsed: every operand span of its findings points into it,
-- and the report page shows it with those cells highlighted. Only the newest parse of a submission is kept.
create table report_text (
    submission_id text        primary key,
    parsed_at     timestamptz not null,
    text          text        not null
);

-- The workspace lists and sums by report year across a jurisdiction.
create index validation_by_year on validation (report_year, agency_id);
create index alert_by_year on alert (report_year, agency_id);
