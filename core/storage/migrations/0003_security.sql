-- Care schema 3: users and roles, key slots, scopes, break-the-glass,
-- consent, attachments; household circumstances sealed.

-- Users of this file. The password itself is never stored: an Argon2id
-- verifier proves it, and the same derivation unwraps the user's key slot.
CREATE TABLE app_user (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL,
    school_id            TEXT REFERENCES school(id),
    password_salt        BLOB NOT NULL,
    password_ops         INTEGER NOT NULL,
    password_mem         INTEGER NOT NULL,
    password_verifier    BLOB NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    disabled_at          TEXT,
    failed_attempts      INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    last_sign_in_at      TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

-- The database key wrapped (XChaCha20-Poly1305) once per user and once for
-- the municipal recovery key. kind 'user' slots use the user's password
-- salt and cost; the recovery slot has its own salt.
CREATE TABLE key_slot (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('user', 'recovery')),
    user_id     TEXT UNIQUE REFERENCES app_user(id),
    salt        BLOB NOT NULL,
    wrapped_key BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((kind = 'user') = (user_id IS NOT NULL))
);
CREATE UNIQUE INDEX key_slot_one_recovery ON key_slot(kind) WHERE kind = 'recovery';

-- Classrooms a teacher (homeroom) or home-visit coordinator is assigned to.
CREATE TABLE user_classroom (
    user_id      TEXT NOT NULL REFERENCES app_user(id),
    classroom_id TEXT NOT NULL REFERENCES classroom(id),
    PRIMARY KEY (user_id, classroom_id)
) WITHOUT ROWID;
CREATE INDEX user_classroom_by_classroom ON user_classroom(classroom_id);

-- Students referred to a health staff member (the referral feature writes
-- these; ended_at closes the referral and with it the access).
CREATE TABLE care_assignment (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES app_user(id),
    student_id  TEXT NOT NULL REFERENCES student(id),
    kind        TEXT NOT NULL CHECK (kind IN ('health_referral')),
    assigned_at TEXT NOT NULL,
    ended_at    TEXT
);
CREATE INDEX care_assignment_user ON care_assignment(user_id, student_id);
CREATE INDEX care_assignment_student ON care_assignment(student_id);

-- Break-the-glass: access to one record outside the user's scope, with a
-- reason, for a limited time.
CREATE TABLE access_grant (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES app_user(id),
    student_id TEXT NOT NULL REFERENCES student(id),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    granted_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX access_grant_user ON access_grant(user_id, student_id, expires_at);
CREATE INDEX access_grant_student ON access_grant(student_id);

-- Files kept with a record (scanned consent forms, later visit photos):
-- content sealed with the database key.
CREATE TABLE attachment (
    id         TEXT PRIMARY KEY,
    student_id TEXT NOT NULL REFERENCES student(id),
    kind       TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL,
    byte_count INTEGER NOT NULL CHECK (byte_count >= 0),
    content    BLOB NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX attachment_student ON attachment(student_id);

-- Guardian consent per purpose; the latest decision per (student, purpose)
-- counts. Append-only: a withdrawal is a new row.
CREATE TABLE consent (
    id                 TEXT PRIMARY KEY,
    student_id         TEXT NOT NULL REFERENCES student(id),
    guardian_id        TEXT REFERENCES guardian(id),
    purpose            TEXT NOT NULL CHECK (purpose IN ('screening', 'referral', 'health_sharing', 'line_notices')),
    decision           TEXT NOT NULL CHECK (decision IN ('given', 'withdrawn')),
    decided_on         TEXT NOT NULL,
    recorded_by        TEXT NOT NULL,
    form_attachment_id TEXT REFERENCES attachment(id),
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL
);
CREATE INDEX consent_student ON consent(student_id, purpose, decided_on);

-- Anonymised students keep their statistics (sex, birth year, school,
-- enrollments, attendance, grades) and lose their identity.
ALTER TABLE student ADD COLUMN anonymised_at TEXT;

-- Household income, living arrangement and notes move into one sealed JSON
-- value. Until the first administrator is set up (and the database key
-- made) old files hold it as plain JSON, which set-up then seals.
ALTER TABLE household ADD COLUMN circumstances TEXT NOT NULL DEFAULT '';
UPDATE household SET circumstances = json_object(
    'monthly_income', monthly_income,
    'living_arrangement', living_arrangement,
    'notes', notes);
ALTER TABLE household DROP COLUMN monthly_income;
ALTER TABLE household DROP COLUMN living_arrangement;
ALTER TABLE household DROP COLUMN notes;

CREATE INDEX audit_event_actor ON audit_event(actor, at);
CREATE INDEX audit_event_at ON audit_event(at);
