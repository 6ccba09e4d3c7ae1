-- Products: one row per product model (id = iotmark_model::product_id).
CREATE TABLE products (
    id               TEXT PRIMARY KEY,
    manufacturer     TEXT NOT NULL,
    name             TEXT NOT NULL,
    model            TEXT NOT NULL,
    category         TEXT NOT NULL,
    firmware_version TEXT NOT NULL,
    level            SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 3),
    grades           TEXT NOT NULL,            -- JSON object: area id -> grade letter
    support_end      DATE,
    status           TEXT NOT NULL,            -- label.json `status`
    declaration      BYTEA NOT NULL,
    declaration_name TEXT NOT NULL,
    assessment       TEXT NOT NULL,            -- the JSON report, byte for byte
    search_text      TEXT NOT NULL,            -- folded name, maker, model, category
    search           TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED
);
CREATE INDEX products_search ON products USING GIN (search);
CREATE INDEX products_name ON products (lower(name), id);
CREATE INDEX products_level ON products (level, id);
CREATE INDEX products_support_end ON products (support_end, id);
CREATE INDEX products_category ON products (category);

-- label.json of each product, per language.
CREATE TABLE product_labels (
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    label      TEXT NOT NULL,
    PRIMARY KEY (product_id, lang)
);
