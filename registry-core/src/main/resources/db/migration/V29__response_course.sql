-- Why: how long response lasts is counted in two places, the national aggregation (a life table per
-- site) and the row-level dataset (each enrolment's days of response, relapse and last MADRS). One
-- definition serves both, so the published figures and the released rows cannot disagree. As of a
-- date, for one site or (site NULL) all: the first response (a later visit's MADRS down by at least
-- half from a positive baseline), the first later MADRS that is no longer a response and at least
-- the study version's relapse threshold, and the last MADRS (where someone without relapse is
-- censored).

CREATE FUNCTION response_course(p_as_of date, p_site text)
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
    WHERE (p_site IS NULL OR a.site_code = p_site) AND a.instrument = 'MADRS'
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
