-- Why: a site knows its patients by its own number (a clinic or journal number), not by the
-- registry's ids, and looks them up by it. The reference is the site's alone: shown only to that
-- site's users, never exported, unique at the site. It lives apart from the enrolment so that no
-- query that reads enrolments for coordinators, jobs or datasets can carry it along. The foreign key
-- is checked at commit: a bulk submission sends its enrolments in batches.

CREATE TABLE site_reference (
    enrolment_id    uuid PRIMARY KEY REFERENCES enrolment (id) DEFERRABLE INITIALLY DEFERRED,
    participant_id  uuid NOT NULL REFERENCES participant (id) DEFERRABLE INITIALLY DEFERRED,
    site_code       text NOT NULL REFERENCES site (code),
    reference       text NOT NULL,
    UNIQUE (site_code, reference)
);
