-- Care schema 2: substring search over names, nickname, ID and student number.
-- The trigram tokenizer matches any 3+ character substring, which suits Thai
-- (written without spaces between words). Triggers keep the index in step.
CREATE VIRTUAL TABLE student_search USING fts5(
    first_name_th, last_name_th, first_name_en, last_name_en, nickname,
    citizen_id, student_number,
    content = 'student', content_rowid = 'local_rowid', tokenize = 'trigram');

INSERT INTO student_search(student_search) VALUES ('rebuild');

CREATE TRIGGER student_search_insert AFTER INSERT ON student BEGIN
    INSERT INTO student_search(rowid, first_name_th, last_name_th, first_name_en, last_name_en,
                               nickname, citizen_id, student_number)
    VALUES (new.local_rowid, new.first_name_th, new.last_name_th, new.first_name_en, new.last_name_en,
            new.nickname, new.citizen_id, new.student_number);
END;

CREATE TRIGGER student_search_delete AFTER DELETE ON student BEGIN
    INSERT INTO student_search(student_search, rowid, first_name_th, last_name_th, first_name_en,
                               last_name_en, nickname, citizen_id, student_number)
    VALUES ('delete', old.local_rowid, old.first_name_th, old.last_name_th, old.first_name_en,
            old.last_name_en, old.nickname, old.citizen_id, old.student_number);
END;

CREATE TRIGGER student_search_update AFTER UPDATE OF first_name_th, last_name_th, first_name_en,
        last_name_en, nickname, citizen_id, student_number ON student BEGIN
    INSERT INTO student_search(student_search, rowid, first_name_th, last_name_th, first_name_en,
                               last_name_en, nickname, citizen_id, student_number)
    VALUES ('delete', old.local_rowid, old.first_name_th, old.last_name_th, old.first_name_en,
            old.last_name_en, old.nickname, old.citizen_id, old.student_number);
    INSERT INTO student_search(rowid, first_name_th, last_name_th, first_name_en, last_name_en,
                               nickname, citizen_id, student_number)
    VALUES (new.local_rowid, new.first_name_th, new.last_name_th, new.first_name_en, new.last_name_en,
            new.nickname, new.citizen_id, new.student_number);
END;

-- Short queries (1-2 characters) cannot use trigrams: prefix ranges on these indexes serve them.
CREATE INDEX student_first_name_th ON student(first_name_th);
CREATE INDEX student_last_name_th ON student(last_name_th);
CREATE INDEX student_nickname ON student(nickname);
CREATE INDEX student_first_name_en ON student(first_name_en COLLATE NOCASE);
CREATE INDEX student_student_number ON student(student_number);
CREATE INDEX student_citizen_id_prefix ON student(citizen_id);
CREATE INDEX student_birth_date ON student(birth_date);
CREATE INDEX student_status ON student(status, sort_key);
CREATE INDEX classroom_year_grade ON classroom(academic_year_id, grade_ordinal);
