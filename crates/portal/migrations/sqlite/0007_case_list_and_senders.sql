-- The sending authority as its records name it: a department belongs to a canton or a
-- municipality, and may act on behalf of another authority. Contact details are shown as stored.
ALTER TABLE authorities ADD COLUMN part_of_id INTEGER REFERENCES authorities(id);
ALTER TABLE authorities ADD COLUMN on_behalf_of_id INTEGER REFERENCES authorities(id);
ALTER TABLE authorities ADD COLUMN address TEXT NOT NULL DEFAULT '';   -- lines joined by '\n'
ALTER TABLE authorities ADD COLUMN email TEXT;
ALTER TABLE authorities ADD COLUMN phone TEXT;
ALTER TABLE authorities ADD COLUMN website TEXT;

-- What the authority asks of the citizen, and why a case was decided as it was (localised JSON).
ALTER TABLE cases ADD COLUMN action_text TEXT;
ALTER TABLE cases ADD COLUMN decision_reason TEXT;
ALTER TABLE cases ADD COLUMN legal_remedy TEXT;

-- A filtered page of an organisation's 100,000 cases reads one owner's rows by status or date.
CREATE INDEX cases_by_owner_status ON cases (owner_id, status, updated_at);
CREATE INDEX cases_by_owner_due ON cases (owner_id, due_on);
CREATE INDEX cases_by_owner_submitted ON cases (owner_id, submitted_on);
