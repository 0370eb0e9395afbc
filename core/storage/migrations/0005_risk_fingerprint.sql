-- The keyed fingerprint (FieldCipher::fingerprint) of the current
-- assessment's content: a recompute recognises an unchanged outcome without
-- opening the sealed content. NULL until the row is next written or
-- confirmed; local, like the rest of risk_current.
ALTER TABLE risk_current ADD COLUMN content_fingerprint BLOB;
