-- PostgreSQL's form of the SQLite migration of the same number; the same tables and meaning.
-- Operators' edits of room charters, as the settings they change (room.NAME.* keys, as in the
-- config file). They outlive restarts and win over the file; a blank value clears a numbered
-- entry (a rule or support line).
CREATE TABLE charter_settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
