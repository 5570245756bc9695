-- Why: a study says which drugs it follows and how each is given and dosed, because the unit of a
-- dose belongs to the drug. IV racemic ketamine is dosed by weight (mg/kg, over an infusion time);
-- esketamine nasal spray comes in fixed doses (28, 56 or 84 mg a session), with neither weight nor
-- duration. Forcing esketamine into mg/kg made a standard 84 mg spray in a 60 kg patient look like
-- 1.4 mg/kg and raise an exposure signal. Each treatment carries its own limits: the shortest
-- protocol infusion time (a much shorter one is a warning), the doses allowed, and the most
-- sessions in any 28 days. The study's own max dose and induction limits stay those of its
-- weight-dosed treatment.

CREATE TABLE study_treatment (
    study_code              text    NOT NULL,
    study_version           integer NOT NULL,
    drug                    text    NOT NULL CHECK (drug IN ('RACEMIC_KETAMINE', 'ESKETAMINE')),
    route                   text    NOT NULL CHECK (route IN ('INTRAVENOUS', 'INTRANASAL', 'INTRAMUSCULAR', 'ORAL')),
    dose_unit               text    NOT NULL CHECK (dose_unit IN ('MG_PER_KG', 'MG')),
    doses_mg                integer[],
    min_minutes             integer CHECK (min_minutes > 0),
    max_sessions_per_28_days integer NOT NULL CHECK (max_sessions_per_28_days > 0),
    PRIMARY KEY (study_code, study_version, drug, route),
    FOREIGN KEY (study_code, study_version) REFERENCES study (code, version),
    CHECK ((dose_unit = 'MG') = (doses_mg IS NOT NULL))
);

-- Every study so far: IV racemic ketamine as its limits say (the usual 0.5 mg/kg over about 40
-- minutes; under 30 minutes warns), and esketamine nasal spray as licensed: 28, 56 or 84 mg, at
-- most twice a week in induction, so 8 sessions in any 28 days.
INSERT INTO study_treatment (study_code, study_version, drug, route, dose_unit, doses_mg, min_minutes,
                             max_sessions_per_28_days)
SELECT code, version, 'RACEMIC_KETAMINE', 'INTRAVENOUS', 'MG_PER_KG', NULL::integer[], 30, max_infusions_per_28_days
FROM study
UNION ALL
SELECT code, version, 'ESKETAMINE', 'INTRANASAL', 'MG', '{28,56,84}'::integer[], NULL, 8
FROM study;

-- A session has its dose in the drug's unit: mg/kg with weight and duration, or mg alone.
ALTER TABLE infusion
    ADD COLUMN dose_mg numeric(6, 1) CHECK (dose_mg > 0),
    ALTER COLUMN dose_mg_per_kg DROP NOT NULL,
    ALTER COLUMN weight_kg DROP NOT NULL,
    ALTER COLUMN duration_minutes DROP NOT NULL,
    ADD CONSTRAINT infusion_dose_in_one_unit CHECK ((dose_mg_per_kg IS NULL) <> (dose_mg IS NULL));
