-- Why: a patient who moves, or is referred on from a private clinic to a hospital, is followed
-- on by another site. The enrolment moves with everything recorded in it (nothing is entered
-- again). Each record keeps the site that entered it (where an infusion was given, where an event
-- was reported), while the site following the participant answers for the participant: the visits,
-- how long response lasts, the data-quality findings. The enrolment keeps how it came to its site
-- (the last transfer); the audit trail keeps every transfer with who made it.
--
-- response_course counted a site's MADRS scores by the site that entered them; it now counts each
-- enrolment's scores at the site that follows it, so a transferred patient's baseline stays with
-- their later scores (no change for anyone not transferred: every record was entered at its
-- enrolment's site until now).

ALTER TABLE enrolment
    ADD COLUMN transferred_from text REFERENCES site (code),
    ADD COLUMN transferred_on   date,
    ADD CONSTRAINT transfer_has_both CHECK ((transferred_from IS NULL) = (transferred_on IS NULL));

CREATE OR REPLACE FUNCTION response_course(p_as_of date, p_site text)
    RETURNS TABLE (enrolment_id uuid, responded date, relapsed date, last_seen date)
    LANGUAGE sql STABLE
AS
$$
WITH m AS (
    SELECT a.enrolment_id, a.assessment_date, a.total_score, v.ordinal, st.relapse_madrs_at_least
    FROM assessment a
    JOIN enrolment e ON e.id = a.enrolment_id
    JOIN study st ON st.code = e.study_code AND st.version = e.study_version
    LEFT JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version
                           AND v.code = a.visit_code
    WHERE (p_site IS NULL OR e.site_code = p_site) AND a.instrument = 'MADRS'
      AND a.assessment_date <= p_as_of AND e.enrolment_date <= p_as_of),
b AS (SELECT m.enrolment_id, m.total_score AS baseline FROM m WHERE m.ordinal = 1 AND m.total_score > 0),
r AS (
    SELECT m.enrolment_id, min(m.assessment_date) AS responded
    FROM m JOIN b USING (enrolment_id)
    WHERE m.ordinal > 1 AND 2 * (b.baseline - m.total_score) >= b.baseline
    GROUP BY m.enrolment_id),
-- One pass over the responders' scores (hash joins, no lookup per responder).
x AS (
    SELECT m.enrolment_id,
           min(m.assessment_date) FILTER (WHERE m.assessment_date > r.responded
                                            AND 2 * (b.baseline - m.total_score) < b.baseline
                                            AND m.total_score >= m.relapse_madrs_at_least) AS relapsed,
           max(m.assessment_date) AS last_seen
    FROM m JOIN r USING (enrolment_id) JOIN b USING (enrolment_id)
    GROUP BY m.enrolment_id)
SELECT r.enrolment_id, r.responded, x.relapsed, x.last_seen
FROM r JOIN x USING (enrolment_id)
$$;
