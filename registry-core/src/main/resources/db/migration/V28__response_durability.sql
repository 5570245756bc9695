-- Why: the 2028 evaluation asks how long the effect lasts. A relapse is study content: after a
-- response (MADRS down by at least half from baseline), the first later MADRS that is no longer a
-- response and at least the study's threshold (KETAMINE-TRD: 22, moderate depression again). The
-- national aggregation stores, per site, how many responders relapsed or were censored (followed
-- no further) at each number of days after their response; these add up over sites, so regions
-- and the nation get their own Kaplan-Meier estimate from the pooled table.

ALTER TABLE study ADD COLUMN relapse_madrs_at_least integer NOT NULL DEFAULT 22
    CHECK (relapse_madrs_at_least BETWEEN 1 AND 60);

CREATE TABLE report_response_duration (
    run_id       bigint  NOT NULL REFERENCES report_run (run_id),
    scope_level  text    NOT NULL,
    scope_code   text    NOT NULL,
    days         integer NOT NULL CHECK (days >= 0),
    relapses     integer NOT NULL,
    censored     integer NOT NULL,
    PRIMARY KEY (run_id, scope_level, scope_code, days)
);
