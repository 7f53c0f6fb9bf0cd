-- Players, clubs and contracts for /contract, /expiring and /squad-contracts. Each source of contract
-- data keeps its own table so that precedence (admin override > curated import > live provider >
-- news-reported) is decided when reading, and no source ever overwrites another.

CREATE TABLE contract_club (
    club_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    name    VARCHAR(200) NOT NULL
);

-- known_as: other names people type ("Ibou"), separated by '|'.
CREATE TABLE contract_player (
    player_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    known_as      VARCHAR(1000) NOT NULL DEFAULT '',
    date_of_birth DATE,
    nationality   VARCHAR(100),
    position      VARCHAR(100)
);

-- The curated contract (an import of players.csv or the sample data). expires is NULL when the source
-- has no contract date: "unknown", never a guess.
CREATE TABLE contract_current (
    player_id       VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES contract_player (player_id),
    club_id         VARCHAR(64)  REFERENCES contract_club (club_id),
    joined          DATE,
    expires         DATE,
    contract_option VARCHAR(200),
    source          VARCHAR(200) NOT NULL,
    as_of           DATE         NOT NULL
);
CREATE INDEX contract_current_club ON contract_current (club_id);

-- What an admin set, with who and when; wins over every other source.
CREATE TABLE contract_override (
    player_id       VARCHAR(64)  NOT NULL PRIMARY KEY REFERENCES contract_player (player_id),
    club_id         VARCHAR(64)  REFERENCES contract_club (club_id),
    expires         DATE         NOT NULL,
    contract_option VARCHAR(200),
    note            VARCHAR(500),
    set_by          VARCHAR(200) NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "His deal expires in 2026", as an article reported it; never overrides curated data.
CREATE TABLE contract_reported (
    player_id   VARCHAR(64)   NOT NULL REFERENCES contract_player (player_id),
    article_url VARCHAR(2000) NOT NULL,
    expiry_year INTEGER       NOT NULL,
    outlet      VARCHAR(200)  NOT NULL,
    reported_on DATE          NOT NULL,
    PRIMARY KEY (player_id, article_url)
);

-- Bumped on every import or override so that other bot processes sharing the database drop their caches.
CREATE TABLE contract_data_version (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO contract_data_version (id, version) VALUES (1, 0);
