-- A product's declaration and assessment report (tens of kilobytes) move
-- out of `products`, so that search and listing read narrow rows.
CREATE TABLE product_documents (
    product_id       TEXT PRIMARY KEY REFERENCES products (id) ON DELETE CASCADE,
    declaration      BYTEA NOT NULL,
    declaration_name TEXT NOT NULL,
    assessment       TEXT NOT NULL             -- the JSON report, byte for byte
);
INSERT INTO product_documents (product_id, declaration, declaration_name, assessment)
    SELECT id, declaration, declaration_name, assessment FROM products;
ALTER TABLE products DROP COLUMN declaration;
ALTER TABLE products DROP COLUMN declaration_name;
ALTER TABLE products DROP COLUMN assessment;
