-- Why: the 2028 evaluation asks how long the effect lasts and what repeated treatment does, per kind
-- of treatment episode. Until now the course of response was one per enrolment, measured against
-- the induction's baseline, so a new series months later, with its own baseline, could not show its
-- own response, and maintenance could not be told from the induction it followed.
--
-- Each episode's course of response, as of a date: the scores of the episode (assessment.episode)
-- measured against its baseline (episode_baseline, V38: a series its own, maintenance that of the
-- series it maintains); its response is the first score down by half from that baseline; its
-- relapse, the first later score that is no longer a response and at least the study's threshold
-- (as in V28); otherwise it is censored at its last score. Its day 0 (first session) gives the days
-- to response. The national aggregation stores both as life tables per site and episode kind,
-- which add up over sites; the row-level dataset carries them per episode.

CREATE FUNCTION episode_response_course(p_as_of date, p_site text)
    RETURNS TABLE (enrolment_id uuid, episode integer, kind text, day_zero date, baseline integer,
                   responded date, relapsed date, last_seen date)
    LANGUAGE sql STABLE
AS
$$
WITH m AS (
    SELECT a.enrolment_id, a.episode, a.assessment_date, a.total_score, st.relapse_madrs_at_least
    FROM assessment a
    JOIN enrolment e ON e.id = a.enrolment_id
    JOIN study st ON st.code = e.study_code AND st.version = e.study_version
    WHERE (p_site IS NULL OR e.site_code = p_site) AND a.instrument = 'MADRS'
      AND a.assessment_date <= p_as_of AND e.enrolment_date <= p_as_of),
b AS (SELECT eb.enrolment_id, eb.episode, eb.baseline FROM episode_baseline(p_as_of, p_site) eb WHERE eb.baseline > 0),
r AS (
    SELECT m.enrolment_id, m.episode, min(m.assessment_date) AS responded
    FROM m JOIN b USING (enrolment_id, episode)
    WHERE 2 * (b.baseline - m.total_score) >= b.baseline
    GROUP BY m.enrolment_id, m.episode),
x AS (
    SELECT m.enrolment_id, m.episode,
           min(m.assessment_date) FILTER (WHERE m.assessment_date > r.responded
                                            AND 2 * (b.baseline - m.total_score) < b.baseline
                                            AND m.total_score >= m.relapse_madrs_at_least) AS relapsed,
           max(m.assessment_date) AS last_seen
    FROM m JOIN r USING (enrolment_id, episode) JOIN b USING (enrolment_id, episode)
    GROUP BY m.enrolment_id, m.episode)
SELECT s.enrolment_id, s.number, s.kind, s.day_zero, b.baseline, r.responded, x.relapsed, x.last_seen
FROM episode_schedule(p_as_of) s
JOIN enrolment e ON e.id = s.enrolment_id
JOIN b ON b.enrolment_id = s.enrolment_id AND b.episode = s.number
LEFT JOIN r ON r.enrolment_id = s.enrolment_id AND r.episode = s.number
LEFT JOIN x ON x.enrolment_id = s.enrolment_id AND x.episode = s.number
WHERE (p_site IS NULL OR e.site_code = p_site) AND e.enrolment_date <= p_as_of
$$;

-- Per site and episode kind: responders by the number of days from the episode's first session to
-- their response, and how long the response lasted (relapses and censorings by days), as V28's
-- table does per site.
CREATE TABLE report_episode_time_to_response (
    run_id        bigint  NOT NULL REFERENCES report_run (run_id),
    scope_level   text    NOT NULL,
    scope_code    text    NOT NULL,
    episode_kind  text    NOT NULL,
    days          integer NOT NULL CHECK (days >= 0),
    responders    integer NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, episode_kind, days)
);

CREATE TABLE report_episode_response_duration (
    run_id        bigint  NOT NULL REFERENCES report_run (run_id),
    scope_level   text    NOT NULL,
    scope_code    text    NOT NULL,
    episode_kind  text    NOT NULL,
    days          integer NOT NULL CHECK (days >= 0),
    relapses      integer NOT NULL,
    censored      integer NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, episode_kind, days)
);
