-- Why: the adverse-event terms are study content, like the visits, instruments and drugs: a later
-- version of a study (or another study on this platform) may add or drop terms, name them anew or
-- raise another signal for one, without a release of the registry. Until now they were a Java enum
-- that the API, forms, upload template, datasets and safety rules each read.
--
-- Each term of a study version: its code (what records store and the API sends), its names in
-- bokmål and English, its place in lists, and the safety signal it raises at once, if any (a term
-- that raises one is "of special interest"). The rules branch on the signal, never on the term.

CREATE TABLE study_adverse_event_term (
    study_code     text    NOT NULL,
    study_version  integer NOT NULL,
    code           text    NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    label_nb       text    NOT NULL,
    label_en       text    NOT NULL,
    ordinal        integer NOT NULL,
    raises_signal  text    CHECK (raises_signal IN ('URINARY_SYMPTOMS', 'MISUSE_OR_CRAVING', 'SPECIAL_INTEREST_EVENT')),
    PRIMARY KEY (study_code, study_version, code),
    UNIQUE (study_code, study_version, ordinal),
    FOREIGN KEY (study_code, study_version) REFERENCES study (code, version)
);

-- Every version of every study so far has the terms the registry had (the urinary and misuse terms
-- raise their own signals, the other terms of special interest the general one).
INSERT INTO study_adverse_event_term (study_code, study_version, ordinal, code, label_nb, label_en, raises_signal)
SELECT s.code, s.version, t.ordinal, t.code, t.label_nb, t.label_en, t.raises_signal
FROM study s
CROSS JOIN (VALUES
       (1, 'BLOOD_PRESSURE_INCREASED', 'Blodtrykksstigning', 'Blood pressure increased', NULL),
       (2, 'HEART_RATE_INCREASED', 'Økt puls', 'Heart rate increased', NULL),
       (3, 'SEDATION', 'Sedasjon', 'Sedation', NULL),
       (4, 'DIZZINESS', 'Svimmelhet', 'Dizziness', NULL),
       (5, 'HEADACHE', 'Hodepine', 'Headache', NULL),
       (6, 'NAUSEA', 'Kvalme', 'Nausea', NULL),
       (7, 'VOMITING', 'Oppkast', 'Vomiting', NULL),
       (8, 'BLURRED_VISION', 'Tåkesyn', 'Blurred vision', NULL),
       (9, 'DOUBLE_VISION', 'Dobbeltsyn', 'Double vision', NULL),
       (10, 'TUNNEL_VISION', 'Tunnelsyn', 'Tunnel vision', NULL),
       (11, 'METALLIC_TASTE', 'Metallsmak', 'Metallic taste', NULL),
       (12, 'NUMBNESS', 'Nummenhet', 'Numbness', NULL),
       (13, 'RESTLESSNESS', 'Uro', 'Restlessness', NULL),
       (14, 'FATIGUE', 'Tretthet', 'Fatigue', NULL),
       (15, 'DISSOCIATION', 'Dissosiasjon', 'Dissociation', NULL),
       (16, 'PERCEPTUAL_CHANGES', 'Endret sanseopplevelse', 'Perceptual changes', NULL),
       (17, 'CYSTITIS', 'Cystitt (blærebetennelse)', 'Cystitis', 'URINARY_SYMPTOMS'),
       (18, 'HAEMATURIA', 'Hematuri (blod i urinen)', 'Haematuria', 'URINARY_SYMPTOMS'),
       (19, 'PAINFUL_URINATION', 'Smertefull vannlating', 'Painful urination', 'URINARY_SYMPTOMS'),
       (20, 'FREQUENT_URINATION', 'Hyppig vannlating', 'Frequent urination', 'URINARY_SYMPTOMS'),
       (21, 'LIVER_ENZYMES_INCREASED', 'Forhøyede leverenzymer', 'Liver enzymes increased', 'SPECIAL_INTEREST_EVENT'),
       (22, 'CHOLESTASIS', 'Kolestase', 'Cholestasis', 'SPECIAL_INTEREST_EVENT'),
       (23, 'CHOLANGITIS', 'Kolangitt', 'Cholangitis', 'SPECIAL_INTEREST_EVENT'),
       (24, 'ACUTE_RENAL_FAILURE', 'Akutt nyresvikt', 'Acute renal failure', 'SPECIAL_INTEREST_EVENT'),
       (25, 'HYDRONEPHROSIS', 'Hydronefrose', 'Hydronephrosis', 'SPECIAL_INTEREST_EVENT'),
       (26, 'RESPIRATORY_DEPRESSION', 'Respirasjonsdepresjon', 'Respiratory depression', 'SPECIAL_INTEREST_EVENT'),
       (27, 'ALLERGIC_REACTION', 'Allergisk reaksjon', 'Allergic reaction', 'SPECIAL_INTEREST_EVENT'),
       (28, 'PERSISTENT_HALLUCINATIONS', 'Vedvarende hallusinasjoner', 'Persistent hallucinations', 'SPECIAL_INTEREST_EVENT'),
       (29, 'PSYCHOSIS', 'Psykose', 'Psychosis', 'SPECIAL_INTEREST_EVENT'),
       (30, 'CRAVING', 'Sug etter ketamin', 'Craving for ketamine', 'MISUSE_OR_CRAVING'),
       (31, 'MISUSE', 'Misbruk', 'Misuse', 'MISUSE_OR_CRAVING'),
       (32, 'ARRHYTHMIA', 'Arytmi', 'Arrhythmia', 'SPECIAL_INTEREST_EVENT'),
       (33, 'SUICIDALITY', 'Suicidalitet', 'Suicidality', 'SPECIAL_INTEREST_EVENT'),
       (34, 'COGNITIVE_IMPAIRMENT', 'Kognitiv svikt', 'Cognitive impairment', 'SPECIAL_INTEREST_EVENT'),
       (35, 'OTHER', 'Annen hendelse', 'Other event', NULL)
) AS t (ordinal, code, label_nb, label_en, raises_signal);
