-- One row per rumour story (a player's possible move to one club), written by the rumour pipeline on
-- every story event that is news, so /contract can show recent rumours about a player after a restart.
-- The story key is the alerts' key: "<player id>><destination club id or ?>".
CREATE TABLE rumour_story_log (
    story_key        VARCHAR(300)  NOT NULL PRIMARY KEY,
    player_id        VARCHAR(200)  NOT NULL,
    player_name      VARCHAR(200)  NOT NULL,
    destination_club VARCHAR(200),
    headline         VARCHAR(500)  NOT NULL,
    stage            VARCHAR(30),
    kind             VARCHAR(20)   NOT NULL,
    best_source      VARCHAR(200),
    best_source_tier VARCHAR(20),
    article_url      VARCHAR(2000),
    first_seen       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen        TIMESTAMP WITH TIME ZONE NOT NULL,
    report_count     INT           NOT NULL
);
CREATE INDEX rumour_story_log_player ON rumour_story_log (player_id, last_seen);
