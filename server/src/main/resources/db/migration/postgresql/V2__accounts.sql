-- PostgreSQL's form of the SQLite migration of the same number; the same tables and meaning.
-- Staff accounts: moderators and operators. Members have none. password_hash is an Argon2id
-- hash in PHC string form; the password itself is never stored.
CREATE TABLE accounts (
    name          TEXT   PRIMARY KEY,
    role          TEXT   NOT NULL CHECK (role IN ('moderator', 'operator')),
    password_hash TEXT   NOT NULL,
    created_ms    BIGINT NOT NULL
);

-- The rooms each moderator moderates (operators act in every room).
CREATE TABLE account_rooms (
    account TEXT NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,
    room    TEXT NOT NULL,
    PRIMARY KEY (account, room)
);
