-- Why: a signal must be looked at, and the registry must be able to show who looked, when, and what
-- they concluded (causality by WHO-UMC, expectedness, action taken). The signal row holds its
-- current state and latest conclusion; every step, reopening included, is also an audit row with
-- the values before and after. Site leads add comments to their site's signals; a comment is
-- never edited.

ALTER TABLE safety_signal
    ADD COLUMN state          text NOT NULL DEFAULT 'NEW'
        CHECK (state IN ('NEW', 'UNDER_ASSESSMENT', 'CLOSED')),
    ADD COLUMN causality      text CHECK (causality IN
        ('CERTAIN', 'PROBABLE', 'POSSIBLE', 'UNLIKELY', 'CONDITIONAL', 'UNASSESSABLE')),
    ADD COLUMN expectedness   text CHECK (expectedness IN ('EXPECTED', 'UNEXPECTED')),
    ADD COLUMN action_taken   text CHECK (action_taken IN
        ('NONE', 'SITE_FOLLOW_UP', 'TREATMENT_CHANGED', 'REPORTED_TO_AUTHORITIES', 'PROTOCOL_REVIEW')),
    ADD COLUMN triage_comment text,
    ADD COLUMN triaged_by     text,
    ADD COLUMN triaged_at     timestamptz,
    -- When the signal was first closed: the time from signal to assessment the reports give.
    ADD COLUMN first_closed_at timestamptz,
    ADD CONSTRAINT closed_signals_are_concluded CHECK (
        state <> 'CLOSED' OR (causality IS NOT NULL AND expectedness IS NOT NULL AND action_taken IS NOT NULL));

CREATE INDEX safety_signal_open ON safety_signal (raised_at) WHERE state <> 'CLOSED';

CREATE TABLE safety_signal_comment (
    id          uuid PRIMARY KEY,
    signal_id   uuid        NOT NULL REFERENCES safety_signal (id),
    author      text        NOT NULL,
    written_at  timestamptz NOT NULL,
    comment     text        NOT NULL
);
CREATE INDEX safety_signal_comment_signal ON safety_signal_comment (signal_id, written_at);
