-- When each background job is next due. An instance runs a job only after moving its time on
-- in one statement, so several instances never run the same sweep twice.
CREATE TABLE job_runs (
    name    TEXT PRIMARY KEY,
    next_at INTEGER NOT NULL    -- unix seconds
);
