-- Care schema 6: a removed child leaves no old tokens in the search index
-- and no old values in the change log (docs/security.md, "Deleting and
-- anonymising").

-- FTS5 removes a deleted row's tokens from the index pages at once instead of
-- keeping them until a merge. The option exists from SQLite 3.42 on; with an
-- older library this inserts nothing and Care merges the index after each
-- removal instead (RedactionRepository::purgeSearchIndex).
INSERT INTO student_search(student_search, rank)
    SELECT 'secure-delete', 1
    WHERE CAST(sqlite_version() AS INTEGER) * 1000
          + CAST(substr(sqlite_version(), instr(sqlite_version(), '.') + 1) AS INTEGER) >= 3042;

-- Tokens of students deleted before this version: a merge drops them.
INSERT INTO student_search(student_search) VALUES ('optimize');

-- Records deleted before this version: their older entries lose their
-- payload as a redaction would clear it (the tombstone already tells sync
-- the record is gone). Ids are UUIDs or two joined by ':', so they need no
-- JSON escaping.
CREATE TEMP TABLE deleted_record AS
    SELECT entity, entity_id, max(seq) AS deleted_seq FROM change_log
    WHERE operation = 'delete' GROUP BY entity, entity_id;
CREATE INDEX temp.deleted_record_key ON deleted_record(entity, entity_id);
UPDATE change_log SET payload = '{"id":"' || entity_id || '","redacted":true}'
    WHERE operation <> 'delete'
      AND seq < (SELECT d.deleted_seq FROM temp.deleted_record d
                 WHERE d.entity = change_log.entity AND d.entity_id = change_log.entity_id);
DROP TABLE temp.deleted_record;
