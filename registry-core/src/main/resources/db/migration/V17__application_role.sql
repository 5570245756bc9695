-- Why: the application's database user must not be able to rewrite the audit trail. Until now it
-- owned the audit tables, so it could disable the trigger, rewrite rows, recompute the chain and
-- delete a chain head. Migrations now run as the schema owner (REGISTRY_DB_MIGRATION_USER) and the
-- application as a login role in registry_application (REGISTRY_DB_USER), which may read and write
-- the registry's tables but only INSERT and SELECT audit rows, create chain heads at their start,
-- and move a head only through audit_chain_advance, which checks that the head moves to rows that
-- are there and link to it. The role is cluster-wide, so it is created only if missing.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'registry_application') THEN
        CREATE ROLE registry_application NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO registry_application;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO registry_application;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO registry_application;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO registry_application;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO registry_application;

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM registry_application;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_chain FROM registry_application;
-- Locking a head (SELECT … FOR UPDATE) needs UPDATE on some column: chain_group, which no check
-- relies on (heads are known by chain_key), and which a writer never changes.
GRANT UPDATE (chain_group) ON audit_chain TO registry_application;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM registry_application;

-- Moves a chain's head to p_seq: only forward, only onto a row that is there with that hash, and
-- only when every row in between is there and the first of them links to the old head.
CREATE FUNCTION audit_chain_advance(p_chain_key text, p_seq bigint, p_hash bytea) RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS
$$
DECLARE
    head audit_chain%ROWTYPE;
BEGIN
    SELECT * INTO head FROM audit_chain WHERE chain_key = p_chain_key FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'audit chain % has no head', p_chain_key USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF p_seq <= head.last_seq
        OR (SELECT count(*) FROM audit_event
            WHERE chain_key = p_chain_key AND seq > head.last_seq AND seq <= p_seq) <> p_seq - head.last_seq
        OR NOT EXISTS (SELECT FROM audit_event
                       WHERE chain_key = p_chain_key AND seq = head.last_seq + 1 AND prev_hash = head.last_hash)
        OR NOT EXISTS (SELECT FROM audit_event
                       WHERE chain_key = p_chain_key AND seq = p_seq AND hash = p_hash) THEN
        RAISE EXCEPTION 'audit chain % cannot move to %: rows missing or not linked', p_chain_key, p_seq
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE audit_chain SET last_seq = p_seq, last_hash = p_hash WHERE chain_key = p_chain_key;
END;
$$;
REVOKE ALL ON FUNCTION audit_chain_advance(text, bigint, bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain_advance(text, bigint, bytea) TO registry_application;
