-- Why: row-level data left the registry for any researcher, any date, as often as asked: two
-- releases a day apart showed the calendar date of every new enrolment. Norwegian practice asks
-- for access through an approved project (ethics approval, named researchers, only the variables
-- the project needs, an expiry) and for releases on fixed dates. A coordinator registers projects
-- and locks release dates; a row-level export names its project and a locked date, and a project
-- gets each locked date's release once. Each release keeps who was in it, so that a participant
-- who later withdraws can be named to the project's responsible researcher.

CREATE TABLE data_access_project (
    id                      uuid        PRIMARY KEY,
    title                   text        NOT NULL,
    ethics_reference        text        NOT NULL,
    responsible_researcher  text        NOT NULL,
    study_code              text        NOT NULL,
    approved_variables      text[]      NOT NULL CHECK (cardinality(approved_variables) > 0),
    period_from             date        NOT NULL,
    period_to               date        NOT NULL CHECK (period_to >= period_from),
    expires_on              date        NOT NULL,
    registered_by           text        NOT NULL,
    registered_at           timestamptz NOT NULL
);

-- The researchers who may export the project's releases (the responsible researcher among them).
CREATE TABLE data_access_project_researcher (
    project_id  uuid NOT NULL REFERENCES data_access_project (id),
    username    text NOT NULL,
    PRIMARY KEY (project_id, username)
);
CREATE INDEX data_access_project_researcher_user ON data_access_project_researcher (username);

-- Dates the data are released as of; a lock is never lifted.
CREATE TABLE data_lock (
    lock_date  date        PRIMARY KEY,
    locked_by  text        NOT NULL,
    locked_at  timestamptz NOT NULL
);

ALTER TABLE dataset_export ADD COLUMN project_id uuid REFERENCES data_access_project (id);
-- One live release per project and locked date: asking again finds it. A failed or expired one
-- stays in the history, and the date can be released anew.
CREATE UNIQUE INDEX dataset_export_one_release_per_lock ON dataset_export (project_id, as_of)
    WHERE project_id IS NOT NULL AND status IN ('QUEUED', 'RUNNING', 'COMPLETED');

CREATE TABLE release_participant (
    export_id       text NOT NULL REFERENCES dataset_export (id),
    participant_id  uuid NOT NULL,
    pseudonym       text NOT NULL,
    PRIMARY KEY (export_id, participant_id)
);
CREATE INDEX release_participant_participant ON release_participant (participant_id);

-- A lock is never lifted or moved, and a release's participants are never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON data_lock FROM registry_application;
REVOKE UPDATE, DELETE, TRUNCATE ON release_participant FROM registry_application;
