-- Why: a site or hospital system that retries a write after a timeout must never create the record
-- twice. The key is stored per site together with a hash of the request and, once done, the
-- response to replay. The primary key makes a concurrent second attempt fail in the database, not
-- only in memory. Keys are kept at least 30 days (expires_at).

CREATE TABLE idempotency_key (
    site_code          text        NOT NULL,
    idempotency_key    text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    request_hash       bytea       NOT NULL,
    state              text        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status    integer,
    response_headers   text,
    response_body      text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    completed_at       timestamptz,
    expires_at         timestamptz NOT NULL DEFAULT now() + interval '30 days',
    PRIMARY KEY (site_code, idempotency_key),
    CHECK ((state = 'COMPLETED') = (response_status IS NOT NULL))
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
