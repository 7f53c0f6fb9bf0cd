package dev.rumourmill.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Polling state and health per feed: validators, due time, failures, disabled. */
public class FeedStateStore {

    private final JdbcTemplate jdbc;

    public FeedStateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String STATE_COLUMNS = "etag, last_modified, initialised, last_success_at, last_error, last_error_at, "
            + "consecutive_failures, next_poll_at, disabled_at";

    public FeedState load(long feedId) {
        return jdbc.queryForObject("SELECT " + STATE_COLUMNS + " FROM feed WHERE feed_id = ?", FeedStateStore::state, feedId);
    }

    /**
     * Feeds due at {@code now}, most overdue first, each with its state: one query for the whole cycle instead of
     * a state read per poll. The state stays true for the poll that {@link #claim claims} the feed, because every
     * change of state also moves the due time that the claim checks.
     */
    public List<Due> due(Instant now, int limit) {
        return jdbc.query("SELECT feed_id, url, name, interval_seconds, preview, " + STATE_COLUMNS + " FROM feed "
                        + "WHERE disabled_at IS NULL AND next_poll_at <= ? ORDER BY next_poll_at, feed_id LIMIT ?",
                (rs, i) -> new Due(FeedRegistry.source(rs, i), state(rs, i)), Timestamp.from(now), limit);
    }

    /**
     * Takes a due feed for this process by pushing its due time to {@code leaseUntil}; false when another
     * bot process sharing the database took it first. A process that dies mid-poll frees it when the
     * lease runs out.
     */
    public boolean claim(Due due, Instant leaseUntil) {
        return jdbc.update("UPDATE feed SET next_poll_at = ? WHERE feed_id = ? AND next_poll_at = ? AND disabled_at IS NULL",
                Timestamp.from(leaseUntil), due.feed().id(), Timestamp.from(due.nextPollAt())) == 1;
    }

    /**
     * A poll worked. {@code problem} is set when it worked only in part (an entry could not be handed on)
     * and becomes the last error; otherwise the last error is kept as history.
     */
    public void recordSuccess(long feedId, String etag, String lastModified, Instant now, Instant nextPollAt, String problem) {
        jdbc.update("UPDATE feed SET etag = ?, last_modified = ?, initialised = TRUE, last_success_at = ?, "
                        + "consecutive_failures = 0, next_poll_at = ? WHERE feed_id = ?",
                truncate(etag, 512), truncate(lastModified, 128), Timestamp.from(now), Timestamp.from(nextPollAt), feedId);
        if (problem != null) {
            jdbc.update("UPDATE feed SET last_error = ?, last_error_at = ? WHERE feed_id = ?",
                    truncate(problem, 1000), Timestamp.from(now), feedId);
        }
    }

    public void recordFailure(long feedId, String error, Instant now, int consecutiveFailures, Instant nextPollAt,
                              boolean disable) {
        jdbc.update("UPDATE feed SET last_error = ?, last_error_at = ?, consecutive_failures = ?, next_poll_at = ?, "
                        + "disabled_at = ? WHERE feed_id = ?", truncate(error, 1000), Timestamp.from(now), consecutiveFailures,
                Timestamp.from(nextPollAt), disable ? Timestamp.from(now) : null, feedId);
    }

    /** Gives a disabled feed a fresh start, due at once. */
    public void enable(long feedId, Instant now) {
        jdbc.update("UPDATE feed SET disabled_at = NULL, consecutive_failures = 0, next_poll_at = ? WHERE feed_id = ?",
                Timestamp.from(now), feedId);
    }

    /** Makes every active feed due at {@code when} (used by the benchmark and by tests of a poll cycle). */
    public void makeAllDue(Instant when) {
        jdbc.update("UPDATE feed SET next_poll_at = ? WHERE disabled_at IS NULL", Timestamp.from(when));
    }

    /** Health of every feed, for /feeds list and the admin docs' "feed health". */
    public List<FeedHealth> health() {
        List<FeedHealth> all = new ArrayList<>();
        jdbc.query("SELECT feed_id, url, name, interval_seconds, preview, etag, last_modified, initialised, last_success_at, "
                + "last_error, last_error_at, consecutive_failures, next_poll_at, disabled_at FROM feed ORDER BY name", rs -> {
                    all.add(new FeedHealth(FeedRegistry.source(rs, 0), state(rs, 0)));
                });
        return all;
    }

    private static FeedState state(ResultSet rs, int row) throws SQLException {
        FeedState.Health health = new FeedState.Health(instant(rs, "last_success_at"), rs.getString("last_error"),
                instant(rs, "last_error_at"), rs.getInt("consecutive_failures"));
        return new FeedState(rs.getString("etag"), rs.getString("last_modified"), rs.getBoolean("initialised"), health,
                instant(rs, "next_poll_at"), instant(rs, "disabled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A feed that is due, with its state as read; the due time in it is what a claim checks. */
    public record Due(FeedSource feed, FeedState state) {

        public Instant nextPollAt() {
            return state.nextPollAt();
        }
    }

    /** One feed with its health, for listings. */
    public record FeedHealth(FeedSource feed, FeedState state) {
    }
}
