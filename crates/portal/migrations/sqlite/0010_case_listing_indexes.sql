-- A filtered, sorted page of an organisation's 100,000 cases, read from indexes alone: the
-- counts and the page's ids come from `cases_listing` without touching the table, and the
-- filters' choices are an index probe per service or authority.
CREATE INDEX cases_listing ON cases (owner_id, status, service_id, authority_id, submitted_on, due_on, updated_at, reference, id);
CREATE INDEX cases_by_owner_service ON cases (owner_id, service_id);
CREATE INDEX cases_by_owner_authority ON cases (owner_id, authority_id);
