-- The bytes of documents and uploads move to the object store (GUICHET_OBJECT_STORE). A row
-- written from now on keeps an empty `content` and says its bytes are in the store; older rows
-- keep theirs here until `guichet-portal migrate-blobs` moves them.
ALTER TABLE documents ADD COLUMN content_in_store INTEGER NOT NULL DEFAULT 0;
ALTER TABLE draft_files ADD COLUMN content_in_store INTEGER NOT NULL DEFAULT 0;
