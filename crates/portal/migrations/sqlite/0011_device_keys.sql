-- Each person's key for the copies their browser keeps of unsaved answers and unsent replies.
-- `account` names the person on the device (random, never changes, so the app finds its own
-- copies without a username in storage); `key` is replaced at every sign-out, so copies left on
-- a device can no longer be read by anyone.
CREATE TABLE device_keys (
    account_id  INTEGER PRIMARY KEY REFERENCES accounts(id),
    account     TEXT NOT NULL UNIQUE,
    key         TEXT NOT NULL
);
