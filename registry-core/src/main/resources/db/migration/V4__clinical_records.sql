-- Why: what happens to each patient, one table per kind of record. Every record names its
-- enrolment, and carries the site (for isolation and per-site batch partitions) and the participant
-- (for cross-site follow-up) so that reads never need a join to check access. Corrections update the
-- row and raise its version (the ETag); the audit trail keeps every old value, so nothing is lost.

CREATE TABLE infusion (
    id                  uuid PRIMARY KEY,
    enrolment_id        uuid    NOT NULL REFERENCES enrolment (id),
    site_code           text    NOT NULL REFERENCES site (code),
    participant_id      uuid    NOT NULL REFERENCES participant (id),
    infusion_date       date    NOT NULL,
    drug                text    NOT NULL,
    route               text    NOT NULL,
    dose_mg_per_kg      numeric(6, 3) NOT NULL CHECK (dose_mg_per_kg > 0),
    weight_kg           numeric(5, 1) NOT NULL CHECK (weight_kg > 0),
    duration_minutes    integer NOT NULL CHECK (duration_minutes > 0),
    systolic_before     integer,
    diastolic_before    integer,
    systolic_max        integer,
    diastolic_max       integer,
    systolic_after      integer,
    diastolic_after     integer,
    heart_rate_max      integer,
    spo2_min            integer CHECK (spo2_min BETWEEN 0 AND 100),
    dissociation_score  integer,
    version             integer NOT NULL DEFAULT 1,
    recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX infusion_enrolment ON infusion (enrolment_id, infusion_date);
CREATE INDEX infusion_site ON infusion (site_code);

CREATE TABLE assessment (
    id               uuid PRIMARY KEY,
    enrolment_id     uuid     NOT NULL REFERENCES enrolment (id),
    site_code        text     NOT NULL REFERENCES site (code),
    participant_id   uuid     NOT NULL REFERENCES participant (id),
    assessment_date  date     NOT NULL,
    visit_code       text     NOT NULL,
    instrument       text     NOT NULL,
    total_score      integer  NOT NULL CHECK (total_score >= 0),
    items            smallint[],
    version          integer  NOT NULL DEFAULT 1,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    -- One score per instrument and visit: a second one is a correction, not a new record.
    UNIQUE (enrolment_id, visit_code, instrument)
);
CREATE INDEX assessment_site ON assessment (site_code);

CREATE TABLE adverse_event (
    id               uuid PRIMARY KEY,
    enrolment_id     uuid     NOT NULL REFERENCES enrolment (id),
    site_code        text     NOT NULL REFERENCES site (code),
    participant_id   uuid     NOT NULL REFERENCES participant (id),
    onset_date       date     NOT NULL,
    term             text     NOT NULL,
    special_interest boolean  NOT NULL,
    severity_grade   smallint NOT NULL CHECK (severity_grade BETWEEN 1 AND 5),
    serious          boolean  NOT NULL,
    relatedness      text     NOT NULL,
    action_taken     text     NOT NULL,
    outcome          text     NOT NULL,
    version          integer  NOT NULL DEFAULT 1,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX adverse_event_enrolment ON adverse_event (enrolment_id);
CREATE INDEX adverse_event_site ON adverse_event (site_code);

CREATE TABLE lab_result (
    id                  uuid PRIMARY KEY,
    enrolment_id        uuid    NOT NULL REFERENCES enrolment (id),
    site_code           text    NOT NULL REFERENCES site (code),
    participant_id      uuid    NOT NULL REFERENCES participant (id),
    result_date         date    NOT NULL,
    analyte             text    NOT NULL,
    value               numeric(12, 3) NOT NULL CHECK (value >= 0),
    unit                text    NOT NULL,
    upper_normal_limit  numeric(12, 3) CHECK (upper_normal_limit > 0),
    version             integer NOT NULL DEFAULT 1,
    recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX lab_result_enrolment ON lab_result (enrolment_id);
CREATE INDEX lab_result_site ON lab_result (site_code);
