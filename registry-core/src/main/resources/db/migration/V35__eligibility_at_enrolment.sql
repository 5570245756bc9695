-- Why: the 2028 evaluation compares outcomes by what patients brought with them (how many
-- antidepressant trials failed before, earlier ECT, substance use, sedatives, benzodiazepines and
-- opioids alongside) and the protocol asks that contraindications and blood pressure be checked
-- before the first infusion. Sites wrote this in their own journals only. The enrolment now holds
-- the pre-assessment, coded, when a site gives it: optional for the enrolment, whole when given
-- (all nine facts or none, which the check below keeps whoever writes the row).

ALTER TABLE enrolment
    ADD COLUMN eligibility_antidepressant_trials     smallint CHECK (eligibility_antidepressant_trials BETWEEN 0 AND 30),
    ADD COLUMN eligibility_prior_ect                 boolean,
    ADD COLUMN eligibility_substance_use             text CHECK (eligibility_substance_use IN ('NONE', 'PAST', 'CURRENT')),
    ADD COLUMN eligibility_benzodiazepines           boolean,
    ADD COLUMN eligibility_opioids                   boolean,
    ADD COLUMN eligibility_other_sedatives           boolean,
    ADD COLUMN eligibility_contraindications_checked boolean,
    ADD COLUMN eligibility_systolic                  smallint,
    ADD COLUMN eligibility_diastolic                 smallint,
    ADD CONSTRAINT eligibility_whole CHECK (
        num_nulls(eligibility_antidepressant_trials, eligibility_prior_ect, eligibility_substance_use,
                  eligibility_benzodiazepines, eligibility_opioids, eligibility_other_sedatives,
                  eligibility_contraindications_checked, eligibility_systolic, eligibility_diastolic) IN (0, 9));
