-- Why: coordinators schedule report and export jobs (cron in Norwegian time). Several API
-- instances may run; each due firing is claimed in one transaction (row lock, next_fire_at moved
-- on) and recorded under a unique (schedule, due time), so a schedule fires once, never twice.

CREATE TABLE report_schedule (
    id            uuid        PRIMARY KEY,
    job_name      text        NOT NULL,
    cron          text        NOT NULL,
    as_of         date,       -- a fixed as-of date, or NULL for the day the schedule fires
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    next_fire_at  timestamptz NOT NULL
);
CREATE INDEX report_schedule_due ON report_schedule (next_fire_at);

CREATE TABLE report_schedule_firing (
    schedule_id   uuid        NOT NULL REFERENCES report_schedule (id) ON DELETE CASCADE,
    due_at        timestamptz NOT NULL,
    fired_at      timestamptz NOT NULL DEFAULT now(),
    execution_id  bigint,
    PRIMARY KEY (schedule_id, due_at)
);
