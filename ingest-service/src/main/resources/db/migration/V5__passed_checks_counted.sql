-- report-validated now carries the checks that passed counted by rule (passedChecks) instead of one finding each:
-- the portal lists them as "其余 N 项检查" grouped by rule with one example message, which is all this column keeps.
-- Rows written before move their PASS findings here, grouped the same way.
alter table validation add column passed_checks jsonb not null default '[]';

update validation v
   set passed_checks = (select jsonb_agg(jsonb_build_object('ruleId', g.rule_id, 'count', g.checks,
                                                            'messageZh', g.message) order by g.first)
                          from (select f ->> 'ruleId' as rule_id, count(*) as checks, min(e.position) as first,
                                       (array_agg(f ->> 'messageZh' order by e.position))[1] as message
                                  from jsonb_array_elements(v.findings) with ordinality as e(f, position)
                                 where f ->> 'outcome' = 'PASS'
                                 group by f ->> 'ruleId') g),
       findings = coalesce((select jsonb_agg(e.f order by e.position)
                              from jsonb_array_elements(v.findings) with ordinality as e(f, position)
                             where e.f ->> 'outcome' <> 'PASS'), '[]')
 where v.findings @> '[{"outcome": "PASS"}]';
