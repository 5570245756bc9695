-- Why: sites and study definitions are reference data that every record points to. Studies are
-- data, not code: a new follow-up study (esketamine, chronic pain, PTSD) is new rows here.

CREATE TABLE site (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9]{1,11}$'),
    name        text NOT NULL,
    region      text NOT NULL CHECK (region IN ('HELSE_SOR_OST', 'HELSE_VEST', 'HELSE_MIDT_NORGE', 'HELSE_NORD')),
    site_type   text NOT NULL CHECK (site_type IN ('PUBLIC_HOSPITAL', 'PRIVATE_CLINIC'))
);

CREATE TABLE study (
    code                       text    NOT NULL,
    version                    integer NOT NULL CHECK (version > 0),
    name                       text    NOT NULL,
    max_dose_mg_per_kg         numeric(6, 3) NOT NULL CHECK (max_dose_mg_per_kg > 0),
    induction_infusions        integer NOT NULL CHECK (induction_infusions > 0),
    induction_period_days      integer NOT NULL CHECK (induction_period_days > 0),
    max_infusions_per_28_days  integer NOT NULL CHECK (max_infusions_per_28_days > 0),
    limit_enforcement          text    NOT NULL CHECK (limit_enforcement IN ('WARN', 'REJECT')),
    PRIMARY KEY (code, version)
);

CREATE TABLE study_visit (
    study_code          text    NOT NULL,
    study_version       integer NOT NULL,
    code                text    NOT NULL,
    label               text    NOT NULL,
    ordinal             integer NOT NULL,
    target_day          integer NOT NULL,
    window_days_before  integer NOT NULL CHECK (window_days_before >= 0),
    window_days_after   integer NOT NULL CHECK (window_days_after >= 0),
    PRIMARY KEY (study_code, study_version, code),
    UNIQUE (study_code, study_version, ordinal),
    FOREIGN KEY (study_code, study_version) REFERENCES study (code, version)
);

CREATE TABLE study_instrument (
    study_code     text    NOT NULL,
    study_version  integer NOT NULL,
    code           text    NOT NULL,
    label          text    NOT NULL,
    item_count     integer NOT NULL CHECK (item_count > 0),
    item_max       integer NOT NULL CHECK (item_max > 0),
    PRIMARY KEY (study_code, study_version, code),
    FOREIGN KEY (study_code, study_version) REFERENCES study (code, version)
);
