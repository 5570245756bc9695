-- Why: the national aggregation reports how long signals wait for a coordinator's conclusion (the
-- median and 90th percentile per kind). Percentiles do not add up, so a site's part holds every
-- waiting time (minutes from raised to first closed, as of the run's date) as a sorted array; the
-- regions and the nation join their sites' arrays, and the percentiles are worked out when read.

CREATE TABLE report_signal_assessment (
    run_id       bigint    NOT NULL REFERENCES report_run (run_id),
    scope_level  text      NOT NULL,
    scope_code   text      NOT NULL,
    kind         text      NOT NULL,
    raised       integer   NOT NULL,
    assessed     integer   NOT NULL,
    minutes      integer[] NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, kind)
);
