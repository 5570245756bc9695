-- Why: coordinators must trust report figures. Every batch run writes under its own run id (the
-- Spring Batch job instance), so two runs never mix, a restarted run rewrites exactly its own
-- rows, and readers take the latest run whose completed_at is set: never half a report.

CREATE TABLE report_run (
    run_id        bigint      PRIMARY KEY,
    job_name      text        NOT NULL,
    as_of         date        NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz
);
CREATE INDEX report_run_latest ON report_run (job_name, as_of, completed_at);

-- One row per scheduled visit of every enrolment, as of the run's date.
CREATE TABLE report_visit_status (
    run_id          bigint NOT NULL REFERENCES report_run (run_id),
    site_code       text   NOT NULL,
    participant_id  uuid   NOT NULL,
    enrolment_id    uuid   NOT NULL,
    visit_code      text   NOT NULL,
    state           text   NOT NULL,
    window_opens    date   NOT NULL,
    window_closes   date   NOT NULL,
    received_on     date,
    PRIMARY KEY (run_id, enrolment_id, visit_code)
);

-- Per site: visits whose window has opened (due), and what became of them.
CREATE TABLE report_follow_up_completeness (
    run_id               bigint  NOT NULL REFERENCES report_run (run_id),
    site_code            text    NOT NULL,
    visits_due           integer NOT NULL,
    received_in_window   integer NOT NULL,
    received_late        integer NOT NULL,
    open_now             integer NOT NULL,
    missing              integer NOT NULL,
    PRIMARY KEY (run_id, site_code)
);
