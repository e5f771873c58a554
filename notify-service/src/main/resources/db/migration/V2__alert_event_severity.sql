-- The severity at the time of the transition: a later rule set may re-grade the alert itself.
alter table alert_event add column severity text;
