-- Which servers (guilds) each feed belongs to: /feeds in a server lists, previews and removes only that
-- server's feeds. A feed URL is still registered (and fetched) once however many servers follow it.
-- guild_id '*' = every server (a bot-config.yml feed without guilds:). origin: 'config' rows are rewritten
-- from bot-config.yml at every start, 'command' rows come from /feeds add and go with /feeds remove.
-- Feeds added with /feeds before this table existed have no row: they are still polled but shown in no
-- server until a server adds them again.
CREATE TABLE feed_guild (
    feed_id  BIGINT      NOT NULL REFERENCES feed (feed_id) ON DELETE CASCADE,
    guild_id VARCHAR(20) NOT NULL,
    origin   VARCHAR(16) NOT NULL,
    PRIMARY KEY (feed_id, guild_id, origin)
);

CREATE INDEX feed_guild_guild ON feed_guild (guild_id);
