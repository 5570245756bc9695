-- Why: a participant is only a keyed pseudonym of the national ID number (the key lives in
-- configuration, never here), so the same person enrolled at two sites is one participant row with
-- two enrolments. Consent, withdrawal and discontinuation belong to the enrolment.

CREATE TABLE participant (
    id          uuid PRIMARY KEY,
    pseudonym   char(64) NOT NULL UNIQUE CHECK (pseudonym ~ '^[0-9a-f]{64}$'),
    sex         text     NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
    birth_year  integer  NOT NULL CHECK (birth_year BETWEEN 1900 AND 2100),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enrolment (
    id                         uuid PRIMARY KEY,
    participant_id             uuid    NOT NULL REFERENCES participant (id),
    site_code                  text    NOT NULL REFERENCES site (code),
    study_code                 text    NOT NULL,
    study_version              integer NOT NULL,
    indication                 text    NOT NULL,
    enrolment_date             date    NOT NULL,
    off_label_informed         boolean NOT NULL CHECK (off_label_informed),
    registry_consent           boolean NOT NULL CHECK (registry_consent),
    consent_date               date    NOT NULL CHECK (consent_date <= enrolment_date),
    withdrawal_date            date,
    withdrawal_reason          text,
    discontinuation_date       date,
    discontinuation_reason     text,
    version                    integer NOT NULL DEFAULT 1,
    created_at                 timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (study_code, study_version) REFERENCES study (code, version),
    UNIQUE (participant_id, site_code, study_code),
    CHECK ((withdrawal_date IS NULL) = (withdrawal_reason IS NULL)),
    CHECK ((discontinuation_date IS NULL) = (discontinuation_reason IS NULL))
);

CREATE INDEX enrolment_site ON enrolment (site_code, study_code);
