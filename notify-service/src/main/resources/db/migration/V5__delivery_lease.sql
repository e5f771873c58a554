-- A dispatcher claims a notice's rows (a lease) before sending, outside any transaction, and marks them sent right
-- after. Another dispatcher skips claimed rows until the lease runs out, so a crash re-sends at most the one notice
-- that was in flight when it happened.
alter table delivery add column claimed_by text;
alter table delivery add column claimed_until timestamptz;
