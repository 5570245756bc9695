-- Why: a serious safety signal must reach the coordinators and the site's lead within a minute, and
-- nothing sent out of the registry may be lost or sent twice. A notification is written here in the
-- transaction that raises its signal (a rolled-back submission leaves none), and a worker claims due
-- rows with FOR UPDATE SKIP LOCKED (several API instances never take the same row), sends them,
-- and retries with backoff while the mail server is away. The row holds no health data: the
-- signal's kind, site and time, and the addresses it goes to.

CREATE TABLE notification_outbox (
    id               uuid        PRIMARY KEY,
    signal_id        uuid        NOT NULL UNIQUE REFERENCES safety_signal (id),
    kind             text        NOT NULL,
    site_code        text        NOT NULL REFERENCES site (code),
    raised_at        timestamptz NOT NULL,
    recipients       text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    sent_at          timestamptz
);
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'QUEUED';
