-- Why: the visit schedule counted from the enrolment date, so a patient who waited weeks for the
-- first infusion (a common wait in public hospitals) had late or missed visits they could not
-- have had: the midway and end-of-induction evaluations, and the months after induction, follow
-- the infusions, not the paperwork. Day 0 of the schedule is now the day of the first infusion,
-- and the enrolment date until one is given.
--
-- The enrolment keeps its first infusion date so that every reader (the worklist, the participant
-- page, the completeness job, the data-quality checks) counts from the same day without reading
-- every infusion. The triggers keep it right whoever writes infusions (the API, a bulk load, a
-- benchmark's COPY): an insert can only move it earlier; a corrected date recounts it.

ALTER TABLE enrolment ADD COLUMN first_infusion_date date;

UPDATE enrolment e
SET first_infusion_date = (SELECT min(i.infusion_date) FROM infusion i WHERE i.enrolment_id = e.id);

CREATE FUNCTION note_first_infusion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment SET first_infusion_date = NEW.infusion_date
    WHERE id = NEW.enrolment_id AND (first_infusion_date IS NULL OR first_infusion_date > NEW.infusion_date);
    RETURN NULL;
END
$$;

CREATE TRIGGER infusion_may_be_the_first
    AFTER INSERT ON infusion
    FOR EACH ROW EXECUTE FUNCTION note_first_infusion();

CREATE FUNCTION recount_first_infusion() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrolment
    SET first_infusion_date = (SELECT min(infusion_date) FROM infusion WHERE enrolment_id = NEW.enrolment_id)
    WHERE id = NEW.enrolment_id;
    RETURN NULL;
END
$$;

CREATE TRIGGER corrected_infusion_date_recounts_the_first
    AFTER UPDATE OF infusion_date ON infusion
    FOR EACH ROW
    WHEN (OLD.infusion_date IS DISTINCT FROM NEW.infusion_date)
    EXECUTE FUNCTION recount_first_infusion();
