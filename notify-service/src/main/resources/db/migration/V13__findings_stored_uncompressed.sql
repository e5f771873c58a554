-- A validation's findings (tens of KB of JSON text) are stored out of line without compression: PostgreSQL's pglz
-- compressed each row's findings on insert, ~0.5 ms of a backend's CPU for 63 KB against ~0.16 ms stored as they are
-- (measured on the embedded PostgreSQL 14, 3,000 rows of the samples' findings). The price is disk: ~4.7 times more
-- for this column (about 40 KB a validation, a few GB a year for every agency in a province).
-- Rows written before keep their compressed values.
alter table validation alter column findings set storage external;
