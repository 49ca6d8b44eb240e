-- People sign in; organisations do not. A mandate lets a person act for an organisation,
-- for everything or read only, until it is withdrawn.
CREATE TABLE mandates (
    id                  TEXT PRIMARY KEY,
    person_id           INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    organisation_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    scope               TEXT NOT NULL CHECK (scope IN ('full', 'read')),
    granted_at          TEXT NOT NULL,      -- RFC 3339
    withdrawn_at        TEXT                -- RFC 3339; a withdrawn mandate grants nothing
);
CREATE INDEX mandates_by_person ON mandates (person_id, organisation_id);

-- Whose cases a session shows: the person's own (NULL) or an organisation's under a mandate,
-- checked again on every request.
ALTER TABLE sessions ADD COLUMN acting_for INTEGER REFERENCES accounts(id);

-- Who added a document on the citizen's side (a person acting for an organisation, say).
ALTER TABLE documents ADD COLUMN added_by INTEGER REFERENCES accounts(id);
