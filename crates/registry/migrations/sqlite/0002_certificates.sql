-- Certificates as issued into the transparency log.
CREATE TABLE certificates (
    id          TEXT PRIMARY KEY NOT NULL,
    product_id  TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    envelope    BLOB NOT NULL,                 -- the DSSE envelope, as logged
    log_index   INTEGER NOT NULL CHECK (log_index >= 0),
    issued_on   TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    status      TEXT NOT NULL                  -- its current status
);
CREATE INDEX certificates_product ON certificates (product_id, issued_on);

-- Status changes of certificates, as logged.
CREATE TABLE status_events (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    certificate_id TEXT NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
    status         TEXT NOT NULL,
    reason         TEXT NOT NULL,
    effective_on   TEXT NOT NULL,
    log_index      INTEGER NOT NULL CHECK (log_index >= 0)
);
CREATE INDEX status_events_certificate ON status_events (certificate_id, seq);
CREATE INDEX status_events_recent ON status_events (effective_on, seq);
