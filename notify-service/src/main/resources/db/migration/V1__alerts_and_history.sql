-- Every report-validated event received. One row per event: a replayed event hits the primary key and changes nothing.
create table validation (
    submission_id    text        not null,
    rule_set_version text        not null,
    validated_at     timestamptz not null,
    agency_id        text        not null,
    agency_name      text        not null,
    region_code      char(6)     not null,
    agency_level     text        not null,
    report_year      int         not null,
    format_version   text        not null,
    verdict          text        not null,
    trigger          text        not null,
    submitted_at     timestamptz not null,
    key_figures      jsonb       not null,
    received_at      timestamptz not null default now(),
    primary key (submission_id, rule_set_version, validated_at)
);
create index validation_by_agency on validation (agency_id, report_year, submitted_at);

create table finding (
    submission_id    text        not null,
    rule_set_version text        not null,
    validated_at     timestamptz not null,
    ordinal          int         not null,
    rule_id          text        not null,
    outcome          text        not null,
    severity         text        not null,
    formula          text        not null,
    operands         jsonb       not null,
    expected         text,
    actual           text,
    message_zh       text        not null,
    message_en       text        not null,
    attribution      text        not null,
    quote            text,
    fingerprint      text        not null,
    primary key (submission_id, rule_set_version, validated_at, ordinal),
    foreign key (submission_id, rule_set_version, validated_at) references validation on delete cascade
);
create index finding_by_fingerprint on finding (fingerprint);

-- One alert per fingerprint, ever: the fingerprint is the identity of a problem across replays and resubmissions.
create table alert (
    fingerprint         text        primary key,
    agency_id           text        not null,
    agency_name         text        not null,
    region_code         char(6)     not null,
    agency_level        text        not null,
    report_year         int         not null,
    rule_id             text        not null,
    outcome             text        not null,
    severity            text        not null,
    formula             text        not null,
    operands            jsonb       not null,
    expected            text,
    actual              text,
    message_zh          text        not null,
    message_en          text        not null,
    attribution         text        not null,
    quote               text,
    status              text        not null check (status in ('OPEN', 'RESOLVED')),
    opened_submission   text        not null,
    opened_at           timestamptz not null,
    resolved_submission text,
    resolved_at         timestamptz
);
create index alert_by_agency on alert (agency_id, report_year);

-- Alert lifecycle transitions, for the timeline.
create table alert_event (
    id            bigserial   primary key,
    fingerprint   text        not null references alert,
    kind          text        not null check (kind in ('OPENED', 'REOPENED', 'RESOLVED')),
    submission_id text        not null,
    at            timestamptz not null
);

-- A supervisor's decision on a finding, keyed by fingerprint so it survives re-validation and replay.
create table review (
    id          bigserial   primary key,
    fingerprint text        not null references alert,
    decision    text        not null check (decision in ('CONFIRMED', 'DISMISSED')),
    comment     text        not null,
    reviewer    text        not null,
    reviewed_at timestamptz not null default now()
);
create index review_by_fingerprint on review (fingerprint, id);

-- The outbox of external sends. The unique key makes each notice to each supervisor on each channel happen once.
create table delivery (
    id              bigserial   primary key,
    channel         text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    kind            text        not null check (kind in ('ALERT', 'RESOLVED')),
    supervisor      text        not null,
    fingerprint     text        not null references alert,
    submission_id   text        not null,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    unique (channel, kind, supervisor, fingerprint)
);
create index delivery_pending on delivery (next_attempt_at) where sent_at is null;
