-- Why: the enrolment keeps how it came to its site (the last transfer) for the rules; a patient
-- referred on more than once (from a private clinic to a hospital, then to another hospital after a
-- move) has a history that the site following them needs to see. Each transfer is a row of its
-- enrolment, numbered in order, never changed or deleted; the last transfers stored until now
-- become the first row of their enrolment (earlier ones are in the audit trail).

CREATE TABLE site_transfer (
    enrolment_id  uuid NOT NULL REFERENCES enrolment (id),
    number        int  NOT NULL CHECK (number > 0),
    from_site     text NOT NULL REFERENCES site (code),
    to_site       text NOT NULL REFERENCES site (code),
    transfer_date date NOT NULL,
    PRIMARY KEY (enrolment_id, number),
    CONSTRAINT transfer_to_another_site CHECK (to_site <> from_site)
);

INSERT INTO site_transfer (enrolment_id, number, from_site, to_site, transfer_date)
SELECT id, 1, transferred_from, site_code, transferred_on
FROM enrolment
WHERE transferred_from IS NOT NULL;

REVOKE UPDATE, DELETE, TRUNCATE ON site_transfer FROM registry_application;
