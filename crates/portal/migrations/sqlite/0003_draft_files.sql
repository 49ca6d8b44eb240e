-- Files a citizen uploads into an application. They stay with the draft (so they follow it to
-- another device) until it is submitted, when they become the case's documents, or discarded.
CREATE TABLE draft_files (
    id          TEXT PRIMARY KEY,   -- random
    draft_id    TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    owner_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    field       TEXT NOT NULL,      -- the answer key of the file field
    filename    TEXT NOT NULL,      -- cleaned, see filenames.rs
    media_type  TEXT NOT NULL,      -- from the magic bytes, not from the browser
    size_bytes  INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX draft_files_by_draft ON draft_files (draft_id);
