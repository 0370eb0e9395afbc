-- Care schema 4: screening results, indicators (daily absences, subject
-- marks, behaviour incidents) and risk levels with their history.

-- One completed questionnaire. Answers, scores and bands are mental-health
-- data: `content` holds them sealed (JSON), `summary` a sealed compact copy
-- of the scores and bands that the risk engine reads without parsing JSON.
-- The instrument and version that produced the scores stay in plain text.
CREATE TABLE screening_result (
    id                 TEXT PRIMARY KEY,
    student_id         TEXT NOT NULL REFERENCES student(id),
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    respondent         TEXT NOT NULL CHECK (respondent IN ('parent', 'teacher', 'self')),
    screened_on        TEXT NOT NULL,
    band_set           TEXT NOT NULL DEFAULT '',
    content            TEXT NOT NULL,
    summary            TEXT NOT NULL DEFAULT '',
    entered_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    deleted_at         TEXT
);
CREATE INDEX screening_result_student ON screening_result(student_id, screened_on);
CREATE INDEX screening_result_instrument ON screening_result(instrument_id, screened_on);

-- Licensed item wording a municipality installs (the SDQ's may not ship).
CREATE TABLE instrument_wording (
    instrument_id TEXT NOT NULL,
    language      TEXT NOT NULL CHECK (language IN ('th', 'en')),
    item_key      TEXT NOT NULL,
    text          TEXT NOT NULL,
    PRIMARY KEY (instrument_id, language, item_key)
) WITHOUT ROWID;

-- Daily absences and late arrivals; they roll up into attendance_record.
CREATE TABLE daily_absence (
    id         TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES student(id),
    term_id    TEXT NOT NULL REFERENCES term(id),
    on_date    TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('absent', 'late')),
    UNIQUE (student_id, on_date)
);
CREATE INDEX daily_absence_term ON daily_absence(term_id, student_id);

-- Failing marks per subject: 0 (fail), ร (incomplete), มส (not allowed to
-- sit the exam). academic_record's counts equal these rows when any exist.
CREATE TABLE subject_mark (
    id                 TEXT PRIMARY KEY,
    academic_record_id TEXT NOT NULL REFERENCES academic_record(id) ON DELETE CASCADE,
    subject            TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    mark               TEXT NOT NULL CHECK (mark IN ('0', 'ร', 'มส')),
    UNIQUE (academic_record_id, subject)
);

-- Behaviour incidents: the note is sealed.
CREATE TABLE behaviour_incident (
    id          TEXT PRIMARY KEY,
    student_id  TEXT NOT NULL REFERENCES student(id),
    occurred_on TEXT NOT NULL,
    kind        TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity IN ('minor', 'serious')),
    note        TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX behaviour_incident_student ON behaviour_incident(student_id, occurred_on);

-- Risk rule sets a municipality activated; the newest row is in force, none
-- means the shipped default. Bodies are kept so old results stay explicable.
CREATE TABLE rule_set (
    id           TEXT PRIMARY KEY,
    rules_id     TEXT NOT NULL,
    version      TEXT NOT NULL,
    body         TEXT NOT NULL,
    activated_at TEXT NOT NULL,
    activated_by TEXT NOT NULL
);

-- Each student's risk levels over time: a row is appended when the outcome
-- (any level or reason) changes. Domain levels and reasons are sealed; the
-- overall level is plain so that lists and counts need no key.
CREATE TABLE risk_assessment (
    id               TEXT PRIMARY KEY,
    student_id       TEXT NOT NULL REFERENCES student(id),
    assessed_at      TEXT NOT NULL,
    rule_set_version TEXT NOT NULL,
    overall          TEXT NOT NULL CHECK (overall IN ('normal', 'at_risk', 'problem')),
    content          TEXT NOT NULL
);
CREATE INDEX risk_assessment_student ON risk_assessment(student_id, assessed_at);

-- The latest assessment per student, for worklists and overviews.
CREATE TABLE risk_current (
    student_id    TEXT PRIMARY KEY REFERENCES student(id),
    overall       TEXT NOT NULL CHECK (overall IN ('normal', 'at_risk', 'problem')),
    assessment_id TEXT NOT NULL REFERENCES risk_assessment(id),
    since         TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX risk_current_overall ON risk_current(overall, since);
