-- Why: follow-up ends for reasons other than a withdrawn consent: the patient died, could not be
-- reached, or moved abroad. Until now such a patient counted as missing every later visit, which
-- made completeness and the 2028 evaluation's attrition wrong. The end has a date and a coded
-- reason; a death also its cause category (suicide apart, since it is an outcome the evaluation
-- must count). Visits whose window opens after the end are not expected, and nothing dated after
-- it is accepted. Ending treatment (discontinuation) is not ending follow-up.

ALTER TABLE enrolment
    ADD COLUMN follow_up_end_date   date,
    ADD COLUMN follow_up_end_reason text CHECK (follow_up_end_reason IN ('DEATH', 'LOST_TO_FOLLOW_UP', 'MOVED_ABROAD', 'OTHER')),
    ADD COLUMN death_cause          text CHECK (death_cause IN ('SUICIDE', 'OTHER_UNNATURAL', 'NATURAL', 'UNKNOWN')),
    ADD CONSTRAINT follow_up_end_has_reason CHECK ((follow_up_end_date IS NULL) = (follow_up_end_reason IS NULL)),
    ADD CONSTRAINT death_cause_only_for_death
        CHECK ((death_cause IS NOT NULL) = coalesce(follow_up_end_reason = 'DEATH', false));
