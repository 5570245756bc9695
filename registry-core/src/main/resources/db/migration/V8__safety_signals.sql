-- Why: a coordinator must see every safety signal once: serious adverse events at the moment they
-- are submitted, vital signs and lab values beyond the study's thresholds, and (from the batch
-- jobs) exposure and follow-up findings. The unique key (kind, source) makes raising a signal
-- idempotent, so a resubmission, a correction or a re-run never doubles one.

CREATE TABLE safety_signal (
    id              uuid PRIMARY KEY,
    participant_id  uuid        NOT NULL REFERENCES participant (id),
    site_code       text        NOT NULL REFERENCES site (code),
    kind            text        NOT NULL,
    source_type     text        NOT NULL,
    source_id       uuid        NOT NULL,
    raised_at       timestamptz NOT NULL,
    detail          text        NOT NULL,
    UNIQUE (kind, source_type, source_id)
);
CREATE INDEX safety_signal_raised ON safety_signal (raised_at);
CREATE INDEX safety_signal_site ON safety_signal (site_code, raised_at);
