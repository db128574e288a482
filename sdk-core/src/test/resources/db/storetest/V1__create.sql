-- A table for the store tests.
CREATE TABLE IF NOT EXISTS item (id BIGINT PRIMARY KEY, name VARCHAR(64) NOT NULL);
INSERT INTO item (id, name) VALUES (1, 'first');
