-- Why: the bladder harms of prolonged ketamine use (seed 000) are screened at the study's visits
-- with a short urinary-symptom questionnaire, self-reported: six items scored 0 (never) to 3 (most
-- of the time): frequency, urgency, waking at night to pass urine, pain on passing urine, bladder
-- pain, blood in urine. It is study content, so it is study data: every version of every study
-- gets it (a later version can drop or replace it). Urine cytology is a lab analyte (its class is
-- the value), not a table of its own.
INSERT INTO study_instrument (study_code, study_version, code, label, item_count, item_max)
SELECT code, version, 'URINARY',
       'Urinary symptom questionnaire (self-report): frequency, urgency, nocturia, pain on passing urine, bladder pain, blood in urine; each 0-3',
       6, 3
FROM study
ON CONFLICT DO NOTHING;
