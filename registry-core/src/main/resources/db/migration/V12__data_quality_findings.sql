-- Why: implausible or inconsistent data must go back to the site that entered it. The dataQuality
-- job raises a finding once per rule and record (re-running never duplicates one); the site answers
-- it (corrected, or confirmed as right) and the answer stays beside the finding. The detail names
-- the rule's numbers only, never a person.

CREATE TABLE data_quality_finding (
    id              uuid        PRIMARY KEY,
    rule            text        NOT NULL,
    site_code       text        NOT NULL REFERENCES site (code),
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    record_type     text        NOT NULL,
    record_id       uuid        NOT NULL,
    detail          text        NOT NULL,
    found_as_of     date        NOT NULL,
    found_at        timestamptz NOT NULL DEFAULT now(),
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED')),
    answer          text,
    answered_by     text,
    answered_at     timestamptz,
    version         integer     NOT NULL DEFAULT 1,
    UNIQUE (rule, record_type, record_id),
    CHECK ((status = 'ANSWERED') = (answer IS NOT NULL))
);
CREATE INDEX data_quality_finding_site ON data_quality_finding (site_code, status, found_at);
