-- Sign-in attempts counted against the limits of throttle.rs, shared by every portal instance.
-- `bucket` is a SHA-256 of what is limited (no usernames or addresses in clear); rows older than
-- the longest window are swept. The id orders a burst of parallel attempts exactly (an
-- identity column on PostgreSQL).
CREATE TABLE throttle_events (
    id      INTEGER PRIMARY KEY,
    bucket  TEXT NOT NULL,
    at      INTEGER NOT NULL    -- unix seconds
);
CREATE INDEX throttle_events_by_bucket ON throttle_events (bucket, at);
CREATE INDEX throttle_events_by_age ON throttle_events (at);
