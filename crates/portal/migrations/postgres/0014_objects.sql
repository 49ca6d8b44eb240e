-- The bytes of documents and uploads move to the object store (as ../sqlite/0014_objects.sql).
ALTER TABLE documents ADD COLUMN content_in_store BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE draft_files ADD COLUMN content_in_store BOOLEAN NOT NULL DEFAULT FALSE;
