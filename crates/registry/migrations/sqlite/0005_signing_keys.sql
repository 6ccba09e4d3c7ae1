-- The certification body's signing keys, past and present. One key is
-- active (it signs new certificates); a retired key no longer signs
-- certificates but still signs status changes of those it issued; a
-- withdrawn key signs nothing, and certificates it signed no longer
-- verify. The private keys are files in the key directory, never here.
CREATE TABLE signing_keys (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT, -- the order keys were made in
    key_id       TEXT NOT NULL UNIQUE,            -- DSSE keyid: name+8 hex digits
    verifier_key TEXT NOT NULL UNIQUE,            -- C2SP verifier key line
    state        TEXT NOT NULL CHECK (state IN ('active', 'retired', 'withdrawn')),
    active_from  TEXT NOT NULL,                   -- YYYY-MM-DD
    retired_on   TEXT,
    withdrawn_on TEXT,
    reason       TEXT NOT NULL DEFAULT '',        -- why it was withdrawn
    created_at   BIGINT NOT NULL
);
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (state) WHERE state = 'active';
