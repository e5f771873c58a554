-- Where each parse's report-parsed record lies (from the parse summary of report-validated): the report page reads
-- the normalised text, which every operand span of the findings points into, back from that record. Null for events
-- written before report-validated carried the summary.
alter table parse_result add column source_partition integer;
alter table parse_result add column source_offset bigint;

-- The workspace lists and sums by report year across a jurisdiction.
create index validation_by_year on validation (report_year, agency_id);
create index alert_by_year on alert (report_year, agency_id);
