-- Care schema 1: the foundation. Ids are UUID v7 text made on the device.
-- Timestamps are UTC ISO 8601 text; calendar dates are ISO dates.
PRAGMA application_id = 1129468485;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE municipality (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL,
    name_th    TEXT NOT NULL,
    name_en    TEXT NOT NULL DEFAULT '',
    province   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE school (
    id              TEXT PRIMARY KEY,
    municipality_id TEXT NOT NULL REFERENCES municipality(id),
    code            TEXT NOT NULL UNIQUE,
    name_th         TEXT NOT NULL,
    name_en         TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL,
    lowest_grade    TEXT NOT NULL,
    highest_grade   TEXT NOT NULL,
    house_number    TEXT NOT NULL DEFAULT '',
    village_number  TEXT NOT NULL DEFAULT '',
    community       TEXT NOT NULL DEFAULT '',
    road            TEXT NOT NULL DEFAULT '',
    subdistrict     TEXT NOT NULL DEFAULT '',
    district        TEXT NOT NULL DEFAULT '',
    province        TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE academic_year (
    id        TEXT PRIMARY KEY,
    year_be   INTEGER NOT NULL UNIQUE CHECK (year_be BETWEEN 2400 AND 2800),
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL
);

CREATE TABLE term (
    id               TEXT PRIMARY KEY,
    academic_year_id TEXT NOT NULL REFERENCES academic_year(id),
    number           INTEGER NOT NULL CHECK (number BETWEEN 1 AND 3),
    starts_on        TEXT NOT NULL,
    ends_on          TEXT NOT NULL,
    UNIQUE (academic_year_id, number)
);

CREATE TABLE classroom (
    id               TEXT PRIMARY KEY,
    school_id        TEXT NOT NULL REFERENCES school(id),
    academic_year_id TEXT NOT NULL REFERENCES academic_year(id),
    grade            TEXT NOT NULL,
    grade_ordinal    INTEGER NOT NULL,
    room             INTEGER NOT NULL CHECK (room >= 1),
    homeroom_teacher TEXT NOT NULL DEFAULT '',
    UNIQUE (school_id, academic_year_id, grade, room)
);

CREATE TABLE household (
    id                 TEXT PRIMARY KEY,
    house_number       TEXT NOT NULL DEFAULT '',
    village_number     TEXT NOT NULL DEFAULT '',
    community          TEXT NOT NULL DEFAULT '',
    road               TEXT NOT NULL DEFAULT '',
    subdistrict        TEXT NOT NULL DEFAULT '',
    district           TEXT NOT NULL DEFAULT '',
    province           TEXT NOT NULL DEFAULT '',
    postcode           TEXT NOT NULL DEFAULT '',
    member_count       INTEGER NOT NULL CHECK (member_count BETWEEN 1 AND 30),
    monthly_income     INTEGER CHECK (monthly_income >= 0),
    living_arrangement TEXT NOT NULL,
    notes              TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

-- local_rowid is this file's own row number for the search index (VACUUM
-- keeps an INTEGER PRIMARY KEY stable); it never leaves the device.
CREATE TABLE student (
    local_rowid    INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    school_id      TEXT NOT NULL REFERENCES school(id),
    id_kind        TEXT NOT NULL,
    citizen_id     TEXT NOT NULL DEFAULT '',
    student_number TEXT NOT NULL DEFAULT '',
    prefix         TEXT NOT NULL DEFAULT '',
    first_name_th  TEXT NOT NULL DEFAULT '',
    last_name_th   TEXT NOT NULL DEFAULT '',
    first_name_en  TEXT NOT NULL DEFAULT '',
    last_name_en   TEXT NOT NULL DEFAULT '',
    nickname       TEXT NOT NULL DEFAULT '',
    birth_date     TEXT NOT NULL,
    sex            TEXT NOT NULL,
    house_number   TEXT NOT NULL DEFAULT '',
    village_number TEXT NOT NULL DEFAULT '',
    community      TEXT NOT NULL DEFAULT '',
    road           TEXT NOT NULL DEFAULT '',
    subdistrict    TEXT NOT NULL DEFAULT '',
    district       TEXT NOT NULL DEFAULT '',
    province       TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL,
    household_id   TEXT REFERENCES household(id),
    sort_key       BLOB NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX student_citizen_id ON student(citizen_id) WHERE citizen_id <> '';
CREATE INDEX student_sort ON student(sort_key);
CREATE INDEX student_school_sort ON student(school_id, sort_key);
CREATE INDEX student_number ON student(school_id, student_number);
CREATE INDEX student_household ON student(household_id);

CREATE TABLE guardian (
    id          TEXT PRIMARY KEY,
    prefix      TEXT NOT NULL DEFAULT '',
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL DEFAULT '',
    citizen_id  TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    occupation  TEXT NOT NULL DEFAULT '',
    birth_date  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE student_guardian (
    student_id         TEXT NOT NULL REFERENCES student(id),
    guardian_id        TEXT NOT NULL REFERENCES guardian(id),
    relation           TEXT NOT NULL,
    is_primary         INTEGER NOT NULL DEFAULT 0,
    lives_with_student INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (student_id, guardian_id)
) WITHOUT ROWID;
CREATE INDEX student_guardian_by_guardian ON student_guardian(guardian_id);

CREATE TABLE enrollment (
    id               TEXT PRIMARY KEY,
    student_id       TEXT NOT NULL REFERENCES student(id),
    classroom_id     TEXT NOT NULL REFERENCES classroom(id),
    academic_year_id TEXT NOT NULL REFERENCES academic_year(id),
    class_number     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (student_id, academic_year_id)
);
CREATE INDEX enrollment_classroom ON enrollment(classroom_id);

CREATE TABLE attendance_record (
    id            TEXT PRIMARY KEY,
    student_id    TEXT NOT NULL REFERENCES student(id),
    term_id       TEXT NOT NULL REFERENCES term(id),
    days_enrolled INTEGER NOT NULL CHECK (days_enrolled >= 0),
    days_absent   INTEGER NOT NULL CHECK (days_absent BETWEEN 0 AND days_enrolled),
    days_late     INTEGER NOT NULL DEFAULT 0 CHECK (days_late BETWEEN 0 AND days_enrolled),
    UNIQUE (student_id, term_id)
);

CREATE TABLE academic_record (
    id                TEXT PRIMARY KEY,
    student_id        TEXT NOT NULL REFERENCES student(id),
    term_id           TEXT NOT NULL REFERENCES term(id),
    gpa               REAL CHECK (gpa BETWEEN 0 AND 4),
    failing_marks     INTEGER NOT NULL DEFAULT 0 CHECK (failing_marks >= 0),
    incomplete_marks  INTEGER NOT NULL DEFAULT 0 CHECK (incomplete_marks >= 0),
    not_allowed_marks INTEGER NOT NULL DEFAULT 0 CHECK (not_allowed_marks >= 0),
    UNIQUE (student_id, term_id)
);

-- Who did what, when: appended in the same transaction as the write.
-- Each event carries the hash of the previous one so tampering is detectable.
CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL DEFAULT '',
    section     TEXT NOT NULL DEFAULT '',
    summary     TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event(entity_id);

-- Local changes waiting for (or already sent to) the municipal server.
-- seq orders this device's changes; change_id makes a retried push harmless.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY,
    change_id  TEXT NOT NULL UNIQUE,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    operation  TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    payload    TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    pushed_at  TEXT
);
CREATE INDEX change_log_unpushed ON change_log(seq) WHERE pushed_at IS NULL;
