-- Keys the portal signs with (e.g. the anonymous CSRF token), created on first start and
-- shared by every instance through the database.
CREATE TABLE secrets (
    name    TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
