-- Why: a new series or a maintenance phase is followed on its own schedule. Until now every visit
-- counted from the first infusion of the enrolment, so a patient who relapsed and began a new IV
-- series a year later had no baseline of that series to measure its response against, and the
-- induction's long-term visits stood "missed" while the patient was in another phase of treatment.
--
-- The study defines a schedule for each kind of episode (study data, like the visits were): the
-- induction keeps the visits it had; a new series (RETREATMENT) has a baseline, the series' end
-- and the months after it; maintenance has a visit at its start and every few months. Visit codes
-- stay unique within a study version, so a visit code names its episode kind, and an assessment
-- belongs to the latest episode of that kind begun by its date, counting the visit's window
-- before its target day (a baseline may be taken a few days before the series starts); the
-- induction, the one episode of its kind, takes every assessment of its visits. The assessment
-- keeps its episode (set by trigger whoever writes it), so a second new series has a baseline of
-- its own: one score per instrument, visit and episode.
--
-- Each episode's day 0 is its first treatment session (an infusion or a spray) on or after its
-- start, and its start until one is given; the induction's is the enrolment's first session as
-- before. episode_schedule() says so once for every reader (the worklist, the participant page,
-- the completeness job, the rules). An episode's visits whose window opens after the next episode
-- began are not expected: the next schedule takes over.

ALTER TABLE study_visit
    ADD COLUMN episode_kind text NOT NULL DEFAULT 'INDUCTION'
        CHECK (episode_kind IN ('INDUCTION', 'MAINTENANCE', 'RETREATMENT'));

-- Every version of every study gets the two schedules (a later version may change them).
INSERT INTO study_visit (study_code, study_version, code, label, ordinal, target_day, window_days_before,
                         window_days_after, episode_kind)
SELECT s.code, s.version, v.code, v.label, m.last + v.n, v.target_day, v.before, v.after, v.kind
FROM study s
CROSS JOIN LATERAL (SELECT max(ordinal) AS last FROM study_visit
                    WHERE study_code = s.code AND study_version = s.version) m
CROSS JOIN (VALUES
    (1, 'RT_BASELINE', 'New series: baseline, before its first infusion', 0, 14, 0, 'RETREATMENT'),
    (2, 'RT_MIDWAY', 'New series: midway evaluation', 10, 3, 4, 'RETREATMENT'),
    (3, 'RT_END_OF_SERIES', 'New series: final evaluation after the series', 21, 3, 7, 'RETREATMENT'),
    (4, 'RT_MONTH_1', 'New series: 1 month after the series', 51, 7, 7, 'RETREATMENT'),
    (5, 'RT_MONTH_3', 'New series: 3 months after the series', 112, 14, 14, 'RETREATMENT'),
    (6, 'RT_MONTH_6', 'New series: 6 months after the series', 203, 21, 21, 'RETREATMENT'),
    (7, 'RT_MONTH_12', 'New series: 12 months after the series', 386, 30, 30, 'RETREATMENT'),
    (8, 'MT_START', 'Maintenance: at its first session', 0, 7, 7, 'MAINTENANCE'),
    (9, 'MT_MONTH_3', 'Maintenance: 3 months', 91, 14, 14, 'MAINTENANCE'),
    (10, 'MT_MONTH_6', 'Maintenance: 6 months', 182, 21, 21, 'MAINTENANCE'),
    (11, 'MT_MONTH_12', 'Maintenance: 12 months', 365, 30, 30, 'MAINTENANCE'),
    (12, 'MT_MONTH_24', 'Maintenance: 24 months', 730, 45, 45, 'MAINTENANCE'))
    AS v (n, code, label, target_day, before, after, kind)
ON CONFLICT DO NOTHING;

-- Each episode begun by the date: its kind, start, day 0 and the next episode's start if that
-- came by the date. A plain SQL function, so PostgreSQL inlines it and a caller's filter on the
-- enrolment or site reaches the tables.
CREATE FUNCTION episode_schedule(p_as_of date)
    RETURNS TABLE (enrolment_id uuid, number integer, kind text, start_date date, day_zero date,
                   next_start date)
    LANGUAGE sql STABLE
AS
$$
SELECT ep.enrolment_id, ep.number, ep.kind, ep.start_date,
       coalesce((SELECT min(i.infusion_date) FROM infusion i
                 WHERE i.enrolment_id = ep.enrolment_id AND i.infusion_date <= p_as_of
                   AND (ep.number = 1 OR i.infusion_date >= ep.start_date)
                   AND (nx.start_date IS NULL OR i.infusion_date < nx.start_date)),
                ep.start_date),
       nx.start_date
FROM treatment_episode ep
LEFT JOIN treatment_episode nx ON nx.enrolment_id = ep.enrolment_id AND nx.number = ep.number + 1
                              AND nx.start_date <= p_as_of
WHERE ep.start_date <= p_as_of
$$;

ALTER TABLE assessment ADD COLUMN episode integer NOT NULL DEFAULT 1;
ALTER TABLE assessment DROP CONSTRAINT assessment_enrolment_id_visit_code_instrument_key;
ALTER TABLE assessment ADD CONSTRAINT one_score_per_instrument_visit_and_episode
    UNIQUE (enrolment_id, episode, visit_code, instrument);

-- The episode an assessment of the visit on the date belongs to; NULL when the visit is not the
-- study's or no episode of its kind had begun (the application refuses those).
-- PL/pgSQL rather than SQL: it is called once per assessment written (by the trigger and the
-- rules), and PL/pgSQL keeps its plans for the session where a SQL function is planned anew.
CREATE FUNCTION assessment_episode(p_enrolment uuid, p_visit text, p_date date)
    RETURNS integer
    LANGUAGE plpgsql STABLE
AS
$$
DECLARE
    v_kind   text;
    v_before integer;
BEGIN
    SELECT v.episode_kind, v.window_days_before INTO v_kind, v_before
    FROM enrolment e
    JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version AND v.code = p_visit
    WHERE e.id = p_enrolment;
    IF v_kind IS NULL THEN
        RETURN NULL;
    ELSIF v_kind = 'INDUCTION' THEN
        RETURN 1;
    END IF;
    RETURN (SELECT max(ep.number) FROM treatment_episode ep
            WHERE ep.enrolment_id = p_enrolment AND ep.kind = v_kind AND ep.start_date <= p_date + v_before);
END
$$;

CREATE FUNCTION place_assessment_in_episode() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.episode := coalesce(assessment_episode(NEW.enrolment_id, NEW.visit_code, NEW.assessment_date), 1);
    RETURN NEW;
END
$$;

CREATE TRIGGER assessment_belongs_to_an_episode
    BEFORE INSERT OR UPDATE OF visit_code, assessment_date ON assessment
    FOR EACH ROW EXECUTE FUNCTION place_assessment_in_episode();

-- Assessments already stored: every one is of an induction visit (the only ones until now).

-- The completeness job writes each visit of each episode: a visit code may come again in a later
-- episode of the same kind.
ALTER TABLE report_visit_status ADD COLUMN episode integer NOT NULL DEFAULT 1;
ALTER TABLE report_visit_status DROP CONSTRAINT report_visit_status_pkey;
ALTER TABLE report_visit_status ADD PRIMARY KEY (run_id, enrolment_id, episode, visit_code);

-- Each episode's baseline MADRS as of the date, for one site or (site NULL) all: a series (the
-- induction or a new series) has its own, at the first visit of its schedule; maintenance keeps
-- the baseline of the series it maintains (the latest series begun before it), so change, response
-- and remission at its visits are measured as they were in that series. The national
-- aggregation's outcomes by visit read it.
CREATE FUNCTION episode_baseline(p_as_of date, p_site text)
    RETURNS TABLE (enrolment_id uuid, episode integer, baseline integer)
    LANGUAGE sql STABLE
AS
$$
-- Joins, not a subquery per score: the aggregation reads it for every site of the nation.
WITH first_visit AS (
    SELECT study_code, study_version, episode_kind, min(ordinal) AS ordinal
    FROM study_visit GROUP BY study_code, study_version, episode_kind),
series_baseline AS (
    SELECT a.enrolment_id, a.episode, a.total_score
    FROM assessment a
    JOIN enrolment e ON e.id = a.enrolment_id
    JOIN study_visit v ON v.study_code = e.study_code AND v.study_version = e.study_version AND v.code = a.visit_code
    JOIN first_visit f ON f.study_code = v.study_code AND f.study_version = v.study_version
                      AND f.episode_kind = v.episode_kind AND f.ordinal = v.ordinal
    WHERE (p_site IS NULL OR e.site_code = p_site) AND a.instrument = 'MADRS' AND a.assessment_date <= p_as_of
      AND v.episode_kind <> 'MAINTENANCE'),
episodes AS (
    SELECT ep.enrolment_id, ep.number,
           max(ep.number) FILTER (WHERE ep.kind <> 'MAINTENANCE')
               OVER (PARTITION BY ep.enrolment_id ORDER BY ep.number) AS series
    FROM treatment_episode ep
    JOIN enrolment e ON e.id = ep.enrolment_id
    WHERE (p_site IS NULL OR e.site_code = p_site) AND ep.start_date <= p_as_of)
SELECT episodes.enrolment_id, episodes.number, series_baseline.total_score
FROM episodes
JOIN series_baseline ON series_baseline.enrolment_id = episodes.enrolment_id
                    AND series_baseline.episode = episodes.series
$$;
