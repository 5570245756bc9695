-- Why: a single write made ten round trips to the database; two pairs of them can be one each,
-- with every guarantee kept.
--
-- 1. An idempotency key's lock and look-up in one call. The look-up runs as a statement of its own
--    inside the function, after the lock is taken, so its snapshot sees the response of a request
--    that held the key until just before (one statement doing both would read a snapshot taken
--    before the lock, and run such a retry again instead of replaying it).
--
-- 2. Audit rows move their chain's head themselves. Until now the writer inserted the rows and then
--    called audit_chain_advance. Now a statement-level trigger checks, chain by chain, that the new
--    rows continue the head (seq after seq from the head's, the first linked to the head's hash and
--    each other to the row before) and moves the head to the last of them. A row that does not
--    continue its chain is refused with its statement, and no head can lag behind rows that are
--    there. The application's role still may not update a head; the function runs as its owner.

CREATE FUNCTION idempotency_claim(p_scope text, p_key text)
    RETURNS TABLE (claimed boolean, stored_hash bytea, stored_status integer, stored_location text,
                   stored_etag text, stored_body text)
    LANGUAGE plpgsql
    VOLATILE
AS
$$
BEGIN
    -- A 64-bit hash of scope and key; a collision only makes an unrelated request wait for a retry.
    IF NOT pg_try_advisory_xact_lock(hashtextextended(p_scope || chr(31) || p_key, 0)) THEN
        RETURN QUERY SELECT false, NULL::bytea, NULL::integer, NULL::text, NULL::text, NULL::text;
        RETURN;
    END IF;
    RETURN QUERY
        SELECT true, k.request_hash, k.response_status, k.response_location, k.response_etag, k.response_body
        FROM (VALUES (1)) AS one (x)
        LEFT JOIN idempotency_key k
               ON k.scope = p_scope AND k.idempotency_key = p_key AND k.expires_at > now();
END;
$$;

CREATE FUNCTION audit_chain_follow() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
AS
$$
DECLARE
    chain record;
    head  audit_chain%ROWTYPE;
BEGIN
    FOR chain IN
        SELECT chain_key, min(seq) AS first_seq, max(seq) AS last_seq, count(*) AS n_rows
        FROM inserted
        GROUP BY chain_key
        ORDER BY chain_key
    LOOP
        SELECT * INTO head FROM audit_chain WHERE chain_key = chain.chain_key FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'audit chain % has no head', chain.chain_key
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF chain.first_seq <> head.last_seq + 1
            OR chain.n_rows <> chain.last_seq - head.last_seq
            OR EXISTS (SELECT
                       FROM inserted r
                       LEFT JOIN inserted prev ON prev.chain_key = r.chain_key AND prev.seq = r.seq - 1
                       WHERE r.chain_key = chain.chain_key
                         AND r.prev_hash IS DISTINCT FROM
                             CASE WHEN r.seq = chain.first_seq THEN head.last_hash ELSE prev.hash END) THEN
            RAISE EXCEPTION 'audit chain % cannot take rows % to %: they do not continue its head at %',
                chain.chain_key, chain.first_seq, chain.last_seq, head.last_seq
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        UPDATE audit_chain
        SET last_seq  = chain.last_seq,
            last_hash = (SELECT hash FROM inserted WHERE chain_key = chain.chain_key AND seq = chain.last_seq)
        WHERE chain_key = chain.chain_key;
    END LOOP;
    RETURN NULL;
END;
$$;
REVOKE ALL ON FUNCTION audit_chain_follow() FROM PUBLIC;

CREATE TRIGGER audit_event_moves_its_chain
    AFTER INSERT ON audit_event
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT
EXECUTE FUNCTION audit_chain_follow();

-- Nothing calls it any more, and a head moved by hand is what the trigger is there to prevent.
DROP FUNCTION audit_chain_advance(text, bigint, bytea);
