-- Online services: drafts saved as the citizen goes, and submissions that became cases.
-- Portable SQL (SQLite now, PostgreSQL later): no AUTOINCREMENT, no SQLite-only functions.

-- Which canton an authority serves and its role, so a submission finds its authority.
ALTER TABLE authorities ADD COLUMN canton TEXT;
ALTER TABLE authorities ADD COLUMN role TEXT;

CREATE TABLE drafts (
    id              TEXT PRIMARY KEY,   -- random
    owner_id        INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    service_slug    TEXT NOT NULL,
    service_version INTEGER NOT NULL,
    answers         TEXT NOT NULL,      -- JSON object of strings
    position        TEXT NOT NULL,      -- a step id or 'check-answers'
    version         INTEGER NOT NULL,   -- raised on every save
    created_at      TEXT NOT NULL,      -- RFC 3339
    updated_at      TEXT NOT NULL,
    case_id         TEXT REFERENCES cases(id) ON DELETE SET NULL -- set once submitted
);
CREATE INDEX drafts_by_owner ON drafts (owner_id, updated_at);

-- One row per submission. The unique keys make a repeated submit (double click, retry with
-- the same Idempotency-Key, another tab) find the first case instead of creating another.
CREATE TABLE submissions (
    case_id         TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    owner_id        INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    draft_id        TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL,
    service_version INTEGER NOT NULL,
    answers         TEXT NOT NULL,      -- the shown answers only, JSON
    lang            TEXT NOT NULL,
    fee_total       INTEGER NOT NULL,   -- Rappen
    receipt_id      TEXT NOT NULL,
    invoice_id      TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (owner_id, idempotency_key)
);
