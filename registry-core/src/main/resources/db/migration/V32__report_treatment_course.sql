-- Why: the 2028 evaluation asks what repeated treatment does: how many go on to maintenance or a
-- new series, for how long, and how often they are treated in it. The national aggregation stores,
-- per site and episode kind, the episodes begun by the date, the participants who had one, the
-- person-days spent in them (from the start to the episode's end, the end of follow-up or the
-- date) and the sessions given within them. These add up over sites; sessions per patient-month
-- is their ratio in each scope.

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
