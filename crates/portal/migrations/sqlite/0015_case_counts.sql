-- How many cases each owner has per service and status, kept by triggers in the same
-- transaction as every write to `cases`, so the dashboard's counts per status read a few rows
-- instead of counting an organisation's 100,000 cases on every page. And an index in the order
-- of the deadline sort, so a page of open cases by deadline stops after its rows.
CREATE TABLE case_counts (
    owner_id    INTEGER NOT NULL,
    service_id  INTEGER NOT NULL,
    status      TEXT NOT NULL,
    cases       INTEGER NOT NULL,
    PRIMARY KEY (owner_id, service_id, status)
);
INSERT INTO case_counts (owner_id, service_id, status, cases)
    SELECT owner_id, service_id, status, COUNT(*) FROM cases GROUP BY owner_id, service_id, status;

CREATE TRIGGER case_counts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO case_counts (owner_id, service_id, status, cases) VALUES (NEW.owner_id, NEW.service_id, NEW.status, 1)
        ON CONFLICT (owner_id, service_id, status) DO UPDATE SET cases = cases + 1;
END;
CREATE TRIGGER case_counts_delete AFTER DELETE ON cases BEGIN
    UPDATE case_counts SET cases = cases - 1 WHERE owner_id = OLD.owner_id AND service_id = OLD.service_id AND status = OLD.status;
END;
CREATE TRIGGER case_counts_update AFTER UPDATE OF owner_id, service_id, status ON cases BEGIN
    UPDATE case_counts SET cases = cases - 1 WHERE owner_id = OLD.owner_id AND service_id = OLD.service_id AND status = OLD.status;
    INSERT INTO case_counts (owner_id, service_id, status, cases) VALUES (NEW.owner_id, NEW.service_id, NEW.status, 1)
        ON CONFLICT (owner_id, service_id, status) DO UPDATE SET cases = cases + 1;
END;

CREATE INDEX cases_by_owner_deadline ON cases (owner_id, due_on, updated_at DESC, reference, status, service_id, id);
