-- PostgreSQL's form of the SQLite migration of the same number; the same tables and meaning.
-- The audit log: every moderation decision, automated or by a person. Append-only: nothing in
-- Hearth updates or deletes these rows, and no API can.
CREATE TABLE audit (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    time_ms        BIGINT NOT NULL,
    room           TEXT   NOT NULL,
    actor          TEXT   NOT NULL,  -- "filter:NAME", "moderator:NAME" or "operator:NAME"
    action         TEXT   NOT NULL,  -- held, rejected, redacted, approved, declined, ...
    target_member  TEXT,             -- the handle the decision concerns
    target_message TEXT,             -- "seq:N" or "held:ID"
    rule           TEXT,
    detail         TEXT              -- for automated decisions: the level or score
);

CREATE INDEX audit_by_room ON audit (room, id);
