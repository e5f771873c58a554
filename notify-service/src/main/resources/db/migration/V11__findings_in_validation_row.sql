-- A validation's findings that did not pass are kept as one JSON array in its row, in the catalogue's order, instead
-- of a row each: they are only ever read together (the report page, the timeline's count), and ~25 rows a report,
-- each with a foreign-key check and two index entries, were most of PostgreSQL's work under load.
alter table validation add column findings jsonb not null default '[]';

update validation v
   set findings = coalesce((select jsonb_agg(jsonb_build_object(
                                   'ruleId', f.rule_id, 'outcome', f.outcome, 'severity', f.severity,
                                   'formula', f.formula, 'operands', f.operands, 'expected', f.expected,
                                   'actual', f.actual, 'messageZh', f.message_zh, 'messageEn', f.message_en,
                                   'attribution', f.attribution, 'quote', f.quote, 'fingerprint', f.fingerprint)
                                   order by f.ordinal)
                              from finding f
                             where (f.submission_id, f.rule_set_version, f.validated_at)
                                 = (v.submission_id, v.rule_set_version, v.validated_at)), '[]');

drop table finding;
