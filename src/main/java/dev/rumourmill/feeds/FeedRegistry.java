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
 * The feeds the bot watches. bot-config.yml feeds are synced in at start-up; /feeds add (later) goes
 * through {@link #add}. A URL is registered once however many servers follow it, so it is fetched once.
 */
public class FeedRegistry {

    public enum Origin { CONFIG, COMMAND }

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

    public List<FeedSource> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM feed ORDER BY feed_id", FeedRegistry::source);
    }

    public void remove(URI url) {
        jdbc.update("DELETE FROM feed WHERE url = ?", url.toString());
    }

    static FeedSource source(ResultSet rs, int row) throws SQLException {
        return new FeedSource(rs.getLong("feed_id"), URI.create(rs.getString("url")), rs.getString("name"),
                Duration.ofSeconds(rs.getInt("interval_seconds")), rs.getInt("preview"));
    }
}
