-- Certificates as issued into the transparency log.
CREATE TABLE certificates (
    id          TEXT PRIMARY KEY,
    product_id  TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    envelope    BYTEA NOT NULL,                -- the DSSE envelope, as logged
    log_index   BIGINT NOT NULL CHECK (log_index >= 0),
    issued_on   DATE NOT NULL,
    valid_until DATE NOT NULL,
    status      TEXT NOT NULL                  -- its current status
);
CREATE INDEX certificates_product ON certificates (product_id, issued_on);

-- Status changes of certificates, as logged.
CREATE TABLE status_events (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    certificate_id TEXT NOT NULL REFERENCES certificates (id) ON DELETE CASCADE,
    status         TEXT NOT NULL,
    reason         TEXT NOT NULL,
    effective_on   DATE NOT NULL,
    log_index      BIGINT NOT NULL CHECK (log_index >= 0)
);
CREATE INDEX status_events_certificate ON status_events (certificate_id, seq);
CREATE INDEX status_events_recent ON status_events (effective_on, seq);
