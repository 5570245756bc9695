-- Why: researchers request dataset exports and come back for the file. Each export is one release
-- (its id keys the release pseudonyms), runs as a restartable batch job, and keeps its state, row
-- counts and checksum here; the file itself lives in the export directory, never in the database.

CREATE TABLE dataset_export (
    id                text        PRIMARY KEY,
    dataset           text        NOT NULL,
    as_of             date        NOT NULL,
    requested_by      text        NOT NULL,
    requested_at      timestamptz NOT NULL DEFAULT now(),
    status            text        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    execution_id      bigint,
    aggregation_run   bigint,
    row_counts        text,
    checksum          text,
    error             text,
    completed_at      timestamptz
);
CREATE INDEX dataset_export_requested ON dataset_export (requested_at);
