-- A submission's findings and key figures are kept with its verdict, one row per validation, instead of ~75 finding
-- and ~10 key-figure rows: those rows were most of PostgreSQL's work under load, and they are only ever read
-- together. The portal's counts per outcome become columns.
alter table validation
    add column findings     jsonb   not null default '[]',
    add column key_figures  jsonb   not null default '{}',
    add column errors       integer not null default 0,
    add column warnings     integer not null default 0,
    add column notes        integer not null default 0,
    add column uncertain    integer not null default 0;

update validation v
   set findings    = coalesce((select jsonb_agg(jsonb_build_object('ruleId', f.rule_id, 'outcome', f.outcome,
                                        'severity', f.severity, 'messageZh', f.message_zh, 'quote', f.quote)
                                        order by f.position)
                                 from finding f where f.submission_id = v.submission_id), '[]'),
       key_figures = coalesce((select jsonb_object_agg(k.figure_id, k.value)
                                 from key_figure k where k.submission_id = v.submission_id), '{}'),
       errors      = (select count(*) from finding f where f.submission_id = v.submission_id
                         and f.outcome = 'FAIL' and f.severity = 'ERROR'),
       warnings    = (select count(*) from finding f where f.submission_id = v.submission_id
                         and f.outcome = 'FAIL' and f.severity = 'WARNING'),
       notes       = (select count(*) from finding f where f.submission_id = v.submission_id
                         and f.outcome = 'FAIL' and f.severity = 'INFO'),
       uncertain   = (select count(*) from finding f where f.submission_id = v.submission_id
                         and f.outcome = 'UNCERTAIN');

drop table finding;
drop table key_figure;
