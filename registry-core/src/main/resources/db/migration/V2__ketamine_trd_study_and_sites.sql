-- Why: the first study, KETAMINE-TRD version 1, as the national protocol describes it: an induction
-- series of about 6 IV infusions at 0.5 mg/kg over about three weeks, then follow-up at 1, 3, 6, 12
-- and 24 months after induction. Day 0 is enrolment; "months" count from the end of induction
-- (day 21). Windows widen as visits get further apart. Protocol breaches warn (the coordinator
-- follows them up) rather than reject, since a site must be able to report what actually happened.
-- The sites are the treating units known at start-up, in all four health regions.

INSERT INTO study (code, version, name, max_dose_mg_per_kg, induction_infusions, induction_period_days,
                   max_infusions_per_28_days, limit_enforcement)
VALUES ('KETAMINE-TRD', 1, 'IV racemic ketamine for treatment-resistant depression: national follow-up',
        0.750, 6, 28, 8, 'WARN');

INSERT INTO study_visit (study_code, study_version, code, label, ordinal, target_day, window_days_before, window_days_after)
VALUES ('KETAMINE-TRD', 1, 'BASELINE', 'Baseline, before the first infusion', 1, 0, 14, 0),
       ('KETAMINE-TRD', 1, 'MIDWAY', 'Midway evaluation of the induction series', 2, 10, 3, 4),
       ('KETAMINE-TRD', 1, 'END_OF_INDUCTION', 'Final evaluation after the induction series', 3, 21, 3, 7),
       ('KETAMINE-TRD', 1, 'MONTH_1', '1 month after induction', 4, 51, 7, 7),
       ('KETAMINE-TRD', 1, 'MONTH_3', '3 months after induction', 5, 112, 14, 14),
       ('KETAMINE-TRD', 1, 'MONTH_6', '6 months after induction', 6, 203, 21, 21),
       ('KETAMINE-TRD', 1, 'MONTH_12', '12 months after induction', 7, 386, 30, 30),
       ('KETAMINE-TRD', 1, 'MONTH_24', '24 months after induction', 8, 751, 45, 45);

INSERT INTO study_instrument (study_code, study_version, code, label, item_count, item_max)
VALUES ('KETAMINE-TRD', 1, 'MADRS', 'Montgomery-Åsberg Depression Rating Scale (clinician); item 10 is suicidal thoughts', 10, 6),
       ('KETAMINE-TRD', 1, 'PHQ9', 'Patient Health Questionnaire-9 (self-report)', 9, 3);

INSERT INTO site (code, name, region, site_type)
VALUES ('OUS', 'Oslo universitetssykehus', 'HELSE_SOR_OST', 'PUBLIC_HOSPITAL'),
       ('SOHF', 'Sykehuset Østfold', 'HELSE_SOR_OST', 'PUBLIC_HOSPITAL'),
       ('KKO', 'Ketaminklinikken Oslo', 'HELSE_SOR_OST', 'PRIVATE_CLINIC'),
       ('HUS', 'Haukeland universitetssjukehus', 'HELSE_VEST', 'PUBLIC_HOSPITAL'),
       ('SUS', 'Stavanger universitetssjukehus', 'HELSE_VEST', 'PUBLIC_HOSPITAL'),
       ('STO', 'St. Olavs hospital', 'HELSE_MIDT_NORGE', 'PUBLIC_HOSPITAL'),
       ('UNN', 'Universitetssykehuset Nord-Norge', 'HELSE_NORD', 'PUBLIC_HOSPITAL');
