package dev.rumourmill.feeds;

import dev.rumourmill.config.FeedProperties;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The feeds the bot watches. bot-config.yml feeds are synced in at start-up; /feeds add goes through
 * {@link #add} and {@link #claim}. A URL is registered once however many servers follow it, so it is
 * fetched once; which servers it belongs to is kept beside it ({@code feed_guild}), and a server sees
 * only its own feeds ({@link #visibleTo}).
 */
public class FeedRegistry {

    public enum Origin { CONFIG, COMMAND }

    /** The owner of a bot-config.yml feed listed without {@code guilds:}: every server. */
    public static final String EVERY_GUILD = "*";

    private static final String COLUMNS = "feed_id, url, name, interval_seconds, preview";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public FeedRegistry(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a feed, or updates name, interval and preview of the one with the same URL. */
    public FeedSource add(URI url, String name, Duration interval, int preview, Origin origin) {
        Instant now = clock.instant();
        int updated = jdbc.update("UPDATE feed SET name = ?, interval_seconds = ?, preview = ? WHERE url = ?",
                name, (int) interval.toSeconds(), preview, url.toString());
        if (updated == 0) {
            try {
                // A new feed is due at once: its first poll marks what is already there as seen.
                jdbc.update("INSERT INTO feed (url, name, interval_seconds, preview, origin, added_at, next_poll_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)", url.toString(), name, (int) interval.toSeconds(), preview,
                        origin.name().toLowerCase(java.util.Locale.ROOT), Timestamp.from(now), Timestamp.from(now));
            } catch (DuplicateKeyException e) {
                // Another bot process sharing the database registered it a moment ago: same feed, nothing to do.
            }
        }
        return find(url).orElseThrow();
    }

    /**
     * Makes the registered config feeds match bot-config.yml. A config feed that was disabled gets a
     * fresh start, so restarting the bot after fixing a feed is enough to try it again.
     */
    public List<FeedSource> syncFromConfig(List<FeedProperties> feeds) {
        Set<String> wanted = new HashSet<>();
        for (FeedProperties feed : feeds) {
            FeedSource source = add(feed.url(), feed.name(), feed.interval(), feed.preview(), Origin.CONFIG);
            // Added before the others go, never all deleted first: another process routing this feed's entries
            // meanwhile must never find it owned by nobody (its alerts would go nowhere).
            List<String> guilds = feed.guilds().isEmpty() ? List.of(EVERY_GUILD) : feed.guilds();
            for (String guild : guilds) {
                jdbc.update("INSERT INTO feed_guild (feed_id, guild_id, origin) VALUES (?, ?, 'config') ON CONFLICT DO NOTHING",
                        source.id(), guild);
            }
            List<Object> others = new java.util.ArrayList<>(List.of(source.id()));
            others.addAll(guilds);
            jdbc.update("DELETE FROM feed_guild WHERE feed_id = ? AND origin = 'config' AND guild_id NOT IN ("
                    + String.join(", ", java.util.Collections.nCopies(guilds.size(), "?")) + ")", others.toArray());
            jdbc.update("UPDATE feed SET disabled_at = NULL, consecutive_failures = 0, next_poll_at = ? "
                    + "WHERE feed_id = ? AND disabled_at IS NOT NULL", Timestamp.from(clock.instant()), source.id());
            wanted.add(feed.url().toString());
        }
        for (FeedSource registered : all()) {
            if (!wanted.contains(registered.url().toString())) {
                jdbc.update("DELETE FROM feed WHERE feed_id = ? AND origin = 'config'", registered.id());
            }
        }
        return all();
    }

    public Optional<FeedSource> find(URI url) {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed WHERE url = ?", FeedRegistry::source, url.toString())
                .stream().findFirst();
    }

    /** The feeds a server may see and change: its own and those configured for every server. */
    public List<FeedSource> visibleTo(String guildId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed WHERE feed_id IN (SELECT feed_id FROM feed_guild "
                + "WHERE guild_id = ? OR guild_id = ?) ORDER BY feed_id", FeedRegistry::source, guildId, EVERY_GUILD);
    }

    /**
     * The servers the feed belongs to, {@link #EVERY_GUILD} among them when it belongs to every server;
     * empty for a feed no server follows (one added with /feeds before servers owned feeds).
     */
    public Set<String> guildsOf(FeedSource feed) {
        return new HashSet<>(jdbc.queryForList("SELECT guild_id FROM feed_guild WHERE feed_id = ?", String.class, feed.id()));
    }

    /** How the server came to follow the feed: from bot-config.yml, /feeds add, or not at all. */
    public Optional<Origin> ownership(FeedSource feed, String guildId) {
        List<String> origins = jdbc.queryForList("SELECT origin FROM feed_guild WHERE feed_id = ? AND (guild_id = ? OR guild_id = ?)",
                String.class, feed.id(), guildId, EVERY_GUILD);
        return origins.contains("config") ? Optional.of(Origin.CONFIG)
                : origins.isEmpty() ? Optional.empty() : Optional.of(Origin.COMMAND);
    }

    /** Records that a server follows the feed through /feeds add. */
    public void claim(FeedSource feed, String guildId) {
        try {
            jdbc.update("INSERT INTO feed_guild (feed_id, guild_id, origin) VALUES (?, ?, 'command')", feed.id(), guildId);
        } catch (DuplicateKeyException e) {
            // The same server added it twice at once: it follows the feed either way.
        }
    }

    /** The server stops following the feed; a /feeds feed that no server follows any more is removed. */
    public void release(FeedSource feed, String guildId) {
        jdbc.update("DELETE FROM feed_guild WHERE feed_id = ? AND guild_id = ? AND origin = 'command'", feed.id(), guildId);
        jdbc.update("DELETE FROM feed WHERE feed_id = ? AND origin = 'command' "
                + "AND NOT EXISTS (SELECT 1 FROM feed_guild WHERE feed_guild.feed_id = feed.feed_id)", feed.id());
    }

    public List<FeedSource> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed ORDER BY feed_id", FeedRegistry::source);
    }

    /** Whether the feed came from bot-config.yml or was added with /feeds add. */
    public Optional<Origin> originOf(URI url) {
        return jdbc.queryForList("SELECT origin FROM feed WHERE url = ?", String.class, url.toString()).stream()
                .findFirst().map(origin -> Origin.valueOf(origin.toUpperCase(java.util.Locale.ROOT)));
    }

    public void remove(URI url) {
        jdbc.update("DELETE FROM feed WHERE url = ?", url.toString());
    }

    static FeedSource source(ResultSet rs, int row) throws SQLException {
        return new FeedSource(rs.getLong("feed_id"), URI.create(rs.getString("url")), rs.getString("name"),
                Duration.ofSeconds(rs.getInt("interval_seconds")), rs.getInt("preview"));
    }
}
