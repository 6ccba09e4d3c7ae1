-- A product shows the status of its latest certificate (the latest issued),
-- and that certificate expires on its own once its validity is over: search
-- reads the certificate's last valid day beside the status, so that it
-- filters and shows the status as it stands on the site's date.
ALTER TABLE products ADD COLUMN certificate_valid_until TEXT; -- YYYY-MM-DD, NULL without a certificate
UPDATE products SET
    status = COALESCE((SELECT CASE c.status WHEN 'attention' THEN 'valid' ELSE c.status END
                       FROM certificates c WHERE c.product_id = products.id
                       ORDER BY c.issued_on DESC, c.log_index DESC LIMIT 1), status),
    certificate_valid_until = (SELECT c.valid_until
                               FROM certificates c WHERE c.product_id = products.id
                               ORDER BY c.issued_on DESC, c.log_index DESC LIMIT 1)
WHERE EXISTS (SELECT 1 FROM certificates c WHERE c.product_id = products.id);
