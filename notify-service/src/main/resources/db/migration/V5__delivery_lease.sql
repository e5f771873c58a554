-- A dispatcher claims a notice's rows (a lease) before sending, outside any transaction, and marks them sent right
-- after. Another dispatcher skips claimed rows until the lease runs out, so a crash re-sends at most the one notice
-- that was in flight when it happened.
alter table delivery add column claimed_by text;
alter table delivery add column claimed_until timestamptz;

-- The daily digest the same way: claimed (claimed_until), mailed outside a transaction, then sent_at set.
alter table digest_sent alter column sent_at drop default;
alter table digest_sent alter column sent_at drop not null;
alter table digest_sent add column claimed_until timestamptz;
