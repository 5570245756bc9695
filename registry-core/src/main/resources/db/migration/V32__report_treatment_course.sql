-- Why: the 2028 evaluation asks what repeated treatment does: how many go on to maintenance or a
-- new series, for how long, and how often they are treated in it. Two places count it, the
-- national aggregation and the row-level dataset, so one function defines each episode as of a
-- date (for one site or, site NULL, all): the day it ended (its discontinuation, or the day before
-- the next episode began, if either came by the date; empty while it goes on) and the treatment
-- sessions of any drug given within it.
--
-- The aggregation stores, per site and episode kind, the episodes begun by the date, the
-- participants who had one, the person-days spent in them (to the episode's end, the end of
-- follow-up or the date) and their sessions. These add up over sites; sessions per patient-month
-- is their ratio in each scope.

CREATE FUNCTION treatment_episodes(p_as_of date, p_site text)
    RETURNS TABLE (enrolment_id uuid, number integer, kind text, start_date date, ended date,
                   discontinuation_reason text, sessions integer)
    LANGUAGE sql STABLE
AS
$$
SELECT ep.enrolment_id, ep.number, ep.kind, ep.start_date, x.ended,
       CASE WHEN ep.discontinuation_date <= p_as_of THEN ep.discontinuation_reason END,
       (SELECT count(*) FROM infusion i
        WHERE i.enrolment_id = ep.enrolment_id
          AND i.infusion_date BETWEEN ep.start_date AND coalesce(x.ended, p_as_of))::integer
FROM treatment_episode ep
JOIN enrolment e ON e.id = ep.enrolment_id
CROSS JOIN LATERAL (
    SELECT least(CASE WHEN ep.discontinuation_date <= p_as_of THEN ep.discontinuation_date END,
                 (SELECT nx.start_date - 1 FROM treatment_episode nx
                  WHERE nx.enrolment_id = ep.enrolment_id AND nx.number = ep.number + 1
                    AND nx.start_date <= p_as_of)) AS ended) x
WHERE (p_site IS NULL OR e.site_code = p_site) AND e.enrolment_date <= p_as_of AND ep.start_date <= p_as_of
$$;

CREATE TABLE report_treatment_course (
    run_id        bigint  NOT NULL REFERENCES report_run (run_id),
    scope_level   text    NOT NULL,
    scope_code    text    NOT NULL,
    episode_kind  text    NOT NULL,
    episodes      integer NOT NULL,
    participants  integer NOT NULL,
    person_days   bigint  NOT NULL,
    sessions      bigint  NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, episode_kind)
);
