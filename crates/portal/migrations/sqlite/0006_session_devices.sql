-- What a citizen sees in the list of their sessions: the kind of device, e.g. "Firefox, Android"
-- (a summary of the User-Agent, never the whole string).
ALTER TABLE sessions ADD COLUMN device TEXT;
