-- Issue 16 point 5: source reliability learned from outcomes (docs/alerts.md#source-records).

-- One row per (server, story, source): the source reported the story through a feed that server sees, at the
-- story's stage then. guild_key is the server's id, or '*' for a feed of every server (each server's record
-- reads its own rows and the '*' rows). When the story is settled — official, denied, or the player officially
-- joined another club — the row gets its outcome: HIT, MISS or IGNORED (reported only once it was settled).
-- The primary key makes a claim once per source, story and server, whatever the threads, processes or restarts.
CREATE TABLE source_outcome (
    guild_key           VARCHAR(20)  NOT NULL,
    story_id            BIGINT       NOT NULL,
    story_key           VARCHAR(300) NOT NULL,
    player_id           VARCHAR(200) NOT NULL,
    destination_club_id VARCHAR(200),
    source_id           VARCHAR(200) NOT NULL,
    source_name         VARCHAR(200) NOT NULL,
    stage               VARCHAR(30)  NOT NULL,
    reported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome             VARCHAR(10),
    settled_by          VARCHAR(10),
    settled_at          TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (guild_key, story_id, source_id)
);
CREATE INDEX source_outcome_by_story ON source_outcome (story_id);
CREATE INDEX source_outcome_by_player ON source_outcome (player_id, reported_at);
CREATE INDEX source_outcome_by_source ON source_outcome (guild_key, source_id);
