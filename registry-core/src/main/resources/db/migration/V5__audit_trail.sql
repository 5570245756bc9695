-- Why: every write and every read of patient data must be traceable (who, when, what, why), and the
-- trail must show if anyone tampers with it. Rows are append-only: the database itself refuses
-- UPDATE, DELETE and TRUNCATE. Each row carries the SHA-256 of its content chained to the previous
-- row of the same chain. Each site (and the national actors) has a few chains, each with its own
-- sequence: a transaction appends its rows at commit to whichever of its site's chains is free, so
-- concurrent writers never queue on one lock, and a bulk write locks a chain head once.

CREATE TABLE audit_chain (
    chain_key    text   PRIMARY KEY,
    chain_group  text   NOT NULL,
    last_seq     bigint NOT NULL,
    last_hash    bytea  NOT NULL
);
CREATE INDEX audit_chain_group ON audit_chain (chain_group);

CREATE TABLE audit_event (
    chain_key       text        NOT NULL,
    seq             bigint      NOT NULL,
    occurred_at     timestamptz NOT NULL,
    actor           text        NOT NULL,
    actor_site      text,
    action          text        NOT NULL,
    entity_type     text        NOT NULL,
    entity_id       text,
    participant_id  uuid,
    purpose         text,
    reason          text,
    old_value       text,
    new_value       text,
    prev_hash       bytea       NOT NULL,
    hash            bytea       NOT NULL,
    PRIMARY KEY (chain_key, seq)
);
CREATE INDEX audit_event_participant ON audit_event (participant_id, occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
