-- Localised service content is stored as a JSON object {"de": "...", "fr": "...", ...}.

CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    password_hash   TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    display_name    TEXT NOT NULL,
    preferred_lang  TEXT NOT NULL,
    ahv_number      TEXT,           -- persons: 756.XXXX.XXXX.XC
    uid             TEXT,           -- organisations: CHE-XXX.XXX.XXX
    street          TEXT NOT NULL,
    postcode        TEXT NOT NULL,
    town            TEXT NOT NULL,
    bfs_number      INTEGER NOT NULL -- municipality, eCH-0007
);

CREATE TABLE authorities (
    id      INTEGER PRIMARY KEY,
    level   TEXT NOT NULL CHECK (level IN ('canton', 'municipality', 'department')),
    name    TEXT NOT NULL           -- localised JSON
);

CREATE TABLE services (
    id      INTEGER PRIMARY KEY,
    slug    TEXT NOT NULL UNIQUE,
    topic   TEXT NOT NULL,
    name    TEXT NOT NULL           -- localised JSON
);

CREATE TABLE case_statuses (
    code    TEXT PRIMARY KEY,
    label   TEXT NOT NULL           -- localised JSON, worded for citizens
);

CREATE TABLE cases (
    id              TEXT PRIMARY KEY,   -- random, never sequential
    reference       TEXT NOT NULL UNIQUE,
    owner_id        INTEGER NOT NULL REFERENCES accounts(id),
    service_id      INTEGER NOT NULL REFERENCES services(id),
    authority_id    INTEGER NOT NULL REFERENCES authorities(id),
    status          TEXT NOT NULL REFERENCES case_statuses(code),
    submitted_on    TEXT NOT NULL,      -- YYYY-MM-DD
    updated_at      TEXT NOT NULL,      -- RFC 3339
    due_on          TEXT,               -- YYYY-MM-DD
    action_needed   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_by_owner ON cases (owner_id, updated_at DESC);

CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,          -- RFC 3339
    status      TEXT NOT NULL REFERENCES case_statuses(code),
    text        TEXT NOT NULL           -- localised JSON
);
CREATE INDEX case_events_by_case ON case_events (case_id, at);

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,          -- localised JSON
    filename    TEXT NOT NULL,
    media_type  TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX documents_by_case ON documents (case_id);

-- Only a hash of the session token is stored: a leaked database cannot be replayed.
CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    account_id      INTEGER REFERENCES accounts(id) ON DELETE CASCADE, -- NULL before sign-in
    csrf_token      TEXT NOT NULL,
    created_at      INTEGER NOT NULL,   -- unix seconds
    last_seen_at    INTEGER NOT NULL
);
CREATE INDEX sessions_by_last_seen ON sessions (last_seen_at);
