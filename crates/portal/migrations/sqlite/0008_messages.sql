-- A thread per case between the citizen (or a person acting for them) and the authority.
CREATE TABLE messages (
    id                  TEXT PRIMARY KEY,          -- random, never sequential
    case_id             TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    from_authority      INTEGER NOT NULL,          -- 1: the authority wrote it; 0: the citizen's side
    author_account_id   INTEGER REFERENCES accounts(id), -- the person who wrote a citizen-side message
    body                TEXT NOT NULL,             -- plain text, shown as text
    created_at          TEXT NOT NULL,             -- RFC 3339
    read_at             TEXT                       -- when the citizen's side first opened an authority's message
);
CREATE INDEX messages_by_case ON messages (case_id, created_at);

-- Documents sent with a message, and those the citizen's side added to a case.
ALTER TABLE documents ADD COLUMN message_id TEXT REFERENCES messages(id);
ALTER TABLE documents ADD COLUMN from_citizen INTEGER NOT NULL DEFAULT 0;
