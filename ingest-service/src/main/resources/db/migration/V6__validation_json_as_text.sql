-- A validation's findings, passed checks and key figures are stored as JSON text rather than jsonb: the service only
-- ever reads them whole, and converting them to jsonb on every insert was most of the cost of recording a verdict.
alter table validation alter column findings drop default;
alter table validation alter column findings type text using findings::text;
alter table validation alter column findings set default '[]';
alter table validation alter column passed_checks drop default;
alter table validation alter column passed_checks type text using passed_checks::text;
alter table validation alter column passed_checks set default '[]';
alter table validation alter column key_figures drop default;
alter table validation alter column key_figures type text using key_figures::text;
alter table validation alter column key_figures set default '{}';
