-- PostgreSQL's form of the SQLite migration of the same number; the same tables and meaning.
-- Rooms and their settings. last_seq is the room's sequence counter: it is raised in the same
-- transaction as the messages that use the numbers and never lowered, so a number is never
-- given twice, not even after a crash or after old messages are deleted.
CREATE TABLE rooms (
    id                TEXT   PRIMARY KEY,
    title             TEXT   NOT NULL DEFAULT '',
    purpose           TEXT   NOT NULL DEFAULT '',
    retention_seconds BIGINT NOT NULL DEFAULT 2592000,
    last_seq          BIGINT NOT NULL DEFAULT 0
);

-- Every message that was acknowledged, as it was broadcast. client_msg_id and author let a
-- resend be recognised after a restart; member_id is the author's session at the time.
CREATE TABLE messages (
    room          TEXT    NOT NULL,
    seq           BIGINT  NOT NULL,
    id            TEXT    NOT NULL,
    author        TEXT    NOT NULL,
    member_id     TEXT    NOT NULL,
    client_msg_id TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    time_ms       BIGINT  NOT NULL,
    redacted      BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (room, seq)
);

-- Retention deletes a room's oldest messages by time.
CREATE INDEX messages_by_time ON messages (room, time_ms);
