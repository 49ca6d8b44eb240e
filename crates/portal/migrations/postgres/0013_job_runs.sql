-- When each background job is next due (as ../sqlite/0013_job_runs.sql).
CREATE TABLE job_runs (
    name    TEXT PRIMARY KEY,
    next_at BIGINT NOT NULL
);
