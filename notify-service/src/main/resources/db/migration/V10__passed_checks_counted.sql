-- A report page lists the checks that found something and only counts those that passed, so a passed check is no
-- longer stored as a finding row: most of a report's ~75 findings pass, and their rows were most of PostgreSQL's
-- work under load.
alter table validation add column passed_checks int not null default 0;

update validation v
   set passed_checks = (select count(*) from finding f
                         where (f.submission_id, f.rule_set_version, f.validated_at)
                             = (v.submission_id, v.rule_set_version, v.validated_at)
                           and f.outcome = 'PASS');

delete from finding where outcome = 'PASS';
