-- Why: the national aggregation must give exact figures per site, health region and nation, and
-- region and nation must be the sums of the sites. So each site's partition stores additive parts
-- (counts and sums, never means or rates), the summary step adds them up per region and nation,
-- and readers divide. Rows are keyed by run, so two runs never mix and a restart rewrites its own.

CREATE TABLE report_cohort (
    run_id                    bigint  NOT NULL REFERENCES report_run (run_id),
    scope_level               text    NOT NULL CHECK (scope_level IN ('SITE', 'REGION', 'NATIONAL')),
    scope_code                text    NOT NULL,
    enrolled                  integer NOT NULL,
    active                    integer NOT NULL,
    withdrawn                 integer NOT NULL,
    discontinued              integer NOT NULL,
    infusions                 integer NOT NULL,
    participants_infused      integer NOT NULL,
    participants_past_limits  integer NOT NULL,
    adverse_events            integer NOT NULL,
    serious_adverse_events    integer NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code)
);

-- MADRS per visit: the number assessed and the sum of their scores; of those with a baseline, the
-- sum of changes and the responders; remitters among all assessed.
CREATE TABLE report_visit_outcome (
    run_id          bigint  NOT NULL REFERENCES report_run (run_id),
    scope_level     text    NOT NULL,
    scope_code      text    NOT NULL,
    visit_code      text    NOT NULL,
    visit_ordinal   integer NOT NULL,
    assessed        integer NOT NULL,
    madrs_sum       bigint  NOT NULL,
    with_baseline   integer NOT NULL,
    change_sum      bigint  NOT NULL,
    responders      integer NOT NULL,
    remitters       integer NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, visit_code)
);

CREATE TABLE report_adverse_event_count (
    run_id          bigint   NOT NULL REFERENCES report_run (run_id),
    scope_level     text     NOT NULL,
    scope_code      text     NOT NULL,
    term            text     NOT NULL,
    severity_grade  smallint NOT NULL,
    events          integer  NOT NULL,
    serious         integer  NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, term, severity_grade)
);
