-- Portable SQL: runs unchanged on Apache Derby and PostgreSQL.
-- The learner's last recorded action in a module, so that a repeated tap is recognised as one.
ALTER TABLE module_progress ADD COLUMN last_action VARCHAR(200);
