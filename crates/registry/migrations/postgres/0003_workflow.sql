-- The transparency log, kept in the registry's database so that a
-- certificate, its log entry and the checkpoint covering it commit
-- together or not at all.
CREATE TABLE log_config (
    id           SMALLINT PRIMARY KEY CHECK (id = 1),
    origin       TEXT NOT NULL,
    verifier_key TEXT NOT NULL                -- the checkpoints' signed-note verifier key
);
CREATE TABLE log_entries (
    idx   BIGINT PRIMARY KEY CHECK (idx >= 0),
    entry BYTEA NOT NULL
);
CREATE TABLE log_checkpoints (
    size       BIGINT PRIMARY KEY CHECK (size >= 0),
    note       BYTEA NOT NULL,                 -- the signed checkpoint
    created_at BIGINT NOT NULL               -- Unix seconds
);

-- People who sign in: makers, the certification body's assessors, admins.
CREATE TABLE accounts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,       -- lower case
    name          TEXT NOT NULL,
    organisation  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('manufacturer', 'assessor', 'admin')),
    password_hash TEXT NOT NULL,              -- Argon2id, PHC string
    disabled      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    BIGINT NOT NULL
);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,     -- SHA-256 of the cookie's token
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE TABLE api_tokens (
    token_hash   TEXT PRIMARY KEY,   -- SHA-256 of the token
    account_id   BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX api_tokens_account ON api_tokens (account_id);
CREATE TABLE login_failures (
    key TEXT NOT NULL,                        -- an e-mail address or a client
    at  BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key, at);

-- A maker's request for certification, from draft to decision.
CREATE TABLE submissions (
    id               TEXT PRIMARY KEY,
    account_id       BIGINT NOT NULL REFERENCES accounts (id),
    product_id       TEXT NOT NULL,
    product_name     TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'approved', 'rejected')),
    target_level     BIGINT NOT NULL CHECK (target_level BETWEEN 1 AND 3),
    declaration      BYTEA NOT NULL,
    declaration_name TEXT NOT NULL,
    decision_note    TEXT NOT NULL DEFAULT '',
    certificate_id   TEXT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX submissions_account ON submissions (account_id, updated_at);
CREATE INDEX submissions_state ON submissions (state, updated_at);
CREATE TABLE submission_evidence (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    content       BYTEA NOT NULL,
    sha256        TEXT NOT NULL,
    PRIMARY KEY (submission_id, name)
);
CREATE TABLE manual_results (
    submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
    criterion     TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('met', 'not_met', 'not_applicable')),
    note          TEXT NOT NULL,
    assessor      TEXT NOT NULL,
    recorded_at   BIGINT NOT NULL,
    PRIMARY KEY (submission_id, criterion)
);

-- The maker's account behind a product (none for products loaded by hand).
ALTER TABLE products ADD COLUMN account_id BIGINT REFERENCES accounts (id);

-- Problems anyone reports with a product: held until a moderator publishes
-- them; the maker may answer publicly.
CREATE TABLE reports (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('held', 'published', 'rejected')),
    reporter    TEXT NOT NULL,                -- a hash of the client, for rate limits
    created_at  BIGINT NOT NULL,
    answer      TEXT,
    answered_at BIGINT
);
CREATE INDEX reports_product ON reports (product_id, state, id);
CREATE INDEX reports_state ON reports (state, id);
CREATE INDEX reports_reporter ON reports (reporter, created_at);
