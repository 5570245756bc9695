-- Why: a hospital system that sends thousands of records in one bulk submission needs a receipt
-- with every record's outcome, and must be able to fetch it again later (after a timeout, say).
-- The receipt is stored as the JSON the API answered with; dry runs are kept too, marked as such.

CREATE TABLE submission (
    id              uuid PRIMARY KEY,
    scope           text        NOT NULL,
    submitted_by    text        NOT NULL,
    mode            text        NOT NULL CHECK (mode IN ('ATOMIC', 'PARTIAL')),
    dry_run         boolean     NOT NULL,
    received_at     timestamptz NOT NULL,
    record_count    integer     NOT NULL,
    accepted_count  integer     NOT NULL,
    rejected_count  integer     NOT NULL,
    receipt         text        NOT NULL
);
CREATE INDEX submission_scope ON submission (scope, received_at);
