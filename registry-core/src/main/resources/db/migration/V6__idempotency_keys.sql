-- Why: a site or hospital system that retries a write after a timeout must never create the record
-- twice. The key is stored per site (or NATIONAL for national actors) with a hash of the request and
-- the response to replay, in the same transaction as the write itself: a crash loses both or
-- neither. A concurrent attempt with the same key is turned away by a transaction-scoped advisory
-- lock, and the primary key refuses a second row even if that lock were bypassed. Keys are kept at
-- least 30 days (expires_at).

CREATE TABLE idempotency_key (
    scope              text        NOT NULL,
    idempotency_key    text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_hash       bytea       NOT NULL,
    response_status    integer     NOT NULL,
    response_location  text,
    response_etag      text,
    response_body      text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    expires_at         timestamptz NOT NULL DEFAULT now() + interval '30 days',
    PRIMARY KEY (scope, idempotency_key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
