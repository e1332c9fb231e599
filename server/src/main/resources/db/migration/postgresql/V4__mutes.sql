-- PostgreSQL's form of the SQLite migration of the same number; the same tables and meaning.
-- Members muted in a room, by handle, until a time. A mute outlives reconnects and restarts;
-- an ended one is deleted when lifted or found expired.
CREATE TABLE mutes (
    room     TEXT   NOT NULL,
    handle   TEXT   NOT NULL,  -- lower case: handles are unique regardless of case
    until_ms BIGINT NOT NULL,
    rule     TEXT   NOT NULL,
    PRIMARY KEY (room, handle)
);
