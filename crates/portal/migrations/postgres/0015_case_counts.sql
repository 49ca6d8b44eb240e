-- Cases per owner, service and status, kept by a trigger (as ../sqlite/0015_case_counts.sql),
-- the deadline sort's index, and, on PostgreSQL only, a trigram index that finds the references
-- containing a search word without reading every reference of an organisation.
CREATE TABLE case_counts (
    owner_id    BIGINT NOT NULL,
    service_id  BIGINT NOT NULL,
    status      TEXT NOT NULL,
    cases       BIGINT NOT NULL,
    PRIMARY KEY (owner_id, service_id, status)
);
INSERT INTO case_counts (owner_id, service_id, status, cases)
    SELECT owner_id, service_id, status, COUNT(*) FROM cases GROUP BY owner_id, service_id, status;

CREATE FUNCTION case_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE case_counts SET cases = cases - 1 WHERE owner_id = OLD.owner_id AND service_id = OLD.service_id AND status = OLD.status;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO case_counts (owner_id, service_id, status, cases) VALUES (NEW.owner_id, NEW.service_id, NEW.status, 1)
            ON CONFLICT (owner_id, service_id, status) DO UPDATE SET cases = case_counts.cases + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER case_counts_insert_delete AFTER INSERT OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION case_counts_follow();
CREATE TRIGGER case_counts_update AFTER UPDATE OF owner_id, service_id, status ON cases FOR EACH ROW
    WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.service_id IS DISTINCT FROM NEW.service_id OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION case_counts_follow();

CREATE INDEX cases_by_owner_deadline ON cases (owner_id, due_on, updated_at DESC, reference, status, service_id, id);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX cases_reference_trgm ON cases USING gin (reference gin_trgm_ops);
