-- Why: bladder and liver harm follow repeated, prolonged use (seed 000), and maintenance can go on
-- for years. The protocol limits say how much may be given in 28 days; nothing told the
-- coordinator when a participant's exposure over a year grew large. A study's treatment now names
-- the number of sessions in any 365 days at which the participant's exposure is reviewed: the
-- session that reaches it is stored with a warning and raises a signal, once per crossing.
-- KETAMINE-TRD: 24 IV infusions (an induction series and about monthly boosters come to 18) and
-- 52 esketamine sprays (weekly for a whole year). NULL: no review threshold.

ALTER TABLE study_treatment ADD COLUMN review_sessions_per_year integer CHECK (review_sessions_per_year > 0);

UPDATE study_treatment SET review_sessions_per_year = 24 WHERE drug = 'RACEMIC_KETAMINE' AND study_code = 'KETAMINE-TRD';
UPDATE study_treatment SET review_sessions_per_year = 52 WHERE drug = 'ESKETAMINE' AND study_code = 'KETAMINE-TRD';
