-- Why: a patient's treatment is a course, not one series. Most relapse within weeks of the induction
-- series; many go on to maintenance (a booster about monthly, or esketamine spray weekly) and some
-- start a new series months later. Until now a discontinuation was final and blocked every later
-- infusion, so the registry could not record what repeated treatment does, which the 2028
-- evaluation asks.
--
-- An enrolment's course is a row per treatment episode, numbered from 1: the induction (always the
-- first, from the enrolment date), then maintenance or re-treatment episodes, each from its start
-- date. An episode lasts until it is discontinued (date and coded reason) or the next one starts.
--
-- enrolment.discontinuation_* stays what it was to every report: treatment stands ended as of
-- that date. It is the last episode's discontinuation; the triggers below keep the episode rows in
-- step with it whoever writes the enrolment (the API, a bulk load, a benchmark's COPY), so the two
-- cannot drift. Starting a new episode after a discontinuation clears the enrolment's (treatment
-- goes on) while the ended episode keeps its own.

CREATE TABLE treatment_episode (
    enrolment_id            uuid    NOT NULL REFERENCES enrolment (id),
    number                  integer NOT NULL CHECK (number > 0),
    kind                    text    NOT NULL CHECK (kind IN ('INDUCTION', 'MAINTENANCE', 'RETREATMENT')),
    start_date              date    NOT NULL,
    discontinuation_date    date,
    -- Coded as enrolment.discontinuation_reason is (the application's Discontinuation.Reason).
    discontinuation_reason  text,
    PRIMARY KEY (enrolment_id, number),
    CONSTRAINT induction_is_the_first CHECK ((number = 1) = (kind = 'INDUCTION')),
    CONSTRAINT episode_discontinuation_has_reason
        CHECK ((discontinuation_date IS NULL) = (discontinuation_reason IS NULL))
);

-- Every current enrolment had one induction, ended where the enrolment says.
INSERT INTO treatment_episode (enrolment_id, number, kind, start_date, discontinuation_date, discontinuation_reason)
SELECT id, 1, 'INDUCTION', enrolment_date, discontinuation_date, discontinuation_reason
FROM enrolment;

CREATE FUNCTION start_induction_episode() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO treatment_episode (enrolment_id, number, kind, start_date, discontinuation_date, discontinuation_reason)
    VALUES (NEW.id, 1, 'INDUCTION', NEW.enrolment_date, NEW.discontinuation_date, NEW.discontinuation_reason);
    RETURN NULL;
END
$$;

CREATE TRIGGER enrolment_starts_with_induction
    AFTER INSERT ON enrolment
    FOR EACH ROW EXECUTE FUNCTION start_induction_episode();

CREATE FUNCTION discontinue_last_episode() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE treatment_episode
    SET discontinuation_date = NEW.discontinuation_date, discontinuation_reason = NEW.discontinuation_reason
    WHERE enrolment_id = NEW.id
      AND number = (SELECT max(number) FROM treatment_episode WHERE enrolment_id = NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER enrolment_discontinuation_ends_last_episode
    AFTER UPDATE OF discontinuation_date, discontinuation_reason ON enrolment
    FOR EACH ROW
    WHEN (OLD.discontinuation_date IS DISTINCT FROM NEW.discontinuation_date
          OR OLD.discontinuation_reason IS DISTINCT FROM NEW.discontinuation_reason)
    EXECUTE FUNCTION discontinue_last_episode();
