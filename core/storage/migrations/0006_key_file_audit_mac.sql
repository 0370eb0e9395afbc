-- Care schema 6: the database file is encrypted as a whole, so the key
-- slots that open it move to the key file beside it (read before the file
-- opens), and so do the counts of failed sign-ins (a wrong password never
-- opens the file to count in). Audit events get a keyed chain.

DROP TABLE key_slot;
ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;

-- 0: hash is the SHA-256 chain of earlier versions (seq not covered);
-- 1: hash is a MAC keyed with a subkey of the database key, seq covered.
ALTER TABLE audit_event ADD COLUMN chain_version INTEGER NOT NULL DEFAULT 0;
