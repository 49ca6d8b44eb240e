-- A document's size is stored with it, so listings and quotas read no bytes (and the bytes can
-- move out of the database).
ALTER TABLE documents ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET size_bytes = LENGTH(content);
