package dev.rumourmill.alerts;

import dev.rumourmill.contracts.RecentRumour;
import dev.rumourmill.contracts.RecentRumours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The persisted story log: one row per story key, kept across restarts, read by {@code /contract} through
 * the {@link RecentRumours} port. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
 */
class StoryLogStore implements RecentRumours {

    private static final String COLUMNS = "story_key, player_id, player_name, destination_club, headline, stage, kind, "
            + "best_source, best_source_tier, article_url, first_seen, last_seen, report_count";

    private final JdbcTemplate jdbc;

    public StoryLogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the story or merges the event into its row ({@link StoryLogEntry#mergedInto}). Two feeds may
     * report the same story at once: the insert then does nothing for the second, which merges instead.
     */
    void record(StoryLogEntry event) {
        Optional<StoryLogEntry> kept = find(event.storyKey());
        if (kept.isPresent()) {
            update(event.mergedInto(kept.get()));
            return;
        }
        int inserted = jdbc.update("INSERT INTO rumour_story_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING",
                cut(event.storyKey(), 300), cut(event.playerId(), 200), cut(event.playerName(), 200),
                cut(event.destinationClub(), 200), cut(event.headline(), 500), cut(event.stage(), 30), cut(event.kind(), 20),
                cut(event.bestSource(), 200), cut(event.bestSourceTier(), 20), url(event.articleUrl()),
                Timestamp.from(event.firstSeen()), Timestamp.from(event.lastSeen()), event.reports());
        if (inserted == 0) {
            find(event.storyKey()).ifPresent(row -> update(event.mergedInto(row)));
        }
    }

    Optional<StoryLogEntry> find(String storyKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rumour_story_log WHERE story_key = ?", StoryLogStore::map,
                cut(storyKey, 300)).stream().findFirst();
    }

    @Override
    public List<RecentRumour> about(String playerId, Instant since, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rumour_story_log WHERE player_id = ? AND last_seen >= ? "
                        + "ORDER BY last_seen DESC, story_key LIMIT ?", StoryLogStore::map,
                        playerId, Timestamp.from(since), Math.max(0, limit)).stream()
                .map(StoryLogStore::toRumour).toList();
    }

    private void update(StoryLogEntry row) {
        jdbc.update("UPDATE rumour_story_log SET player_id = ?, player_name = ?, destination_club = ?, headline = ?, "
                        + "stage = ?, kind = ?, best_source = ?, best_source_tier = ?, article_url = ?, first_seen = ?, "
                        + "last_seen = ?, report_count = ? WHERE story_key = ?",
                cut(row.playerId(), 200), cut(row.playerName(), 200), cut(row.destinationClub(), 200),
                cut(row.headline(), 500), cut(row.stage(), 30), cut(row.kind(), 20), cut(row.bestSource(), 200),
                cut(row.bestSourceTier(), 20), url(row.articleUrl()), Timestamp.from(row.firstSeen()),
                Timestamp.from(row.lastSeen()), row.reports(), cut(row.storyKey(), 300));
    }

    private static RecentRumour toRumour(StoryLogEntry row) {
        String badge = row.bestSource() == null ? null : new SourceRef(row.bestSource(), row.bestSourceTier()).badge();
        return new RecentRumour(row.headline(), row.stage(), row.bestSource(), badge, row.articleUrl(), row.lastSeen(),
                row.reports());
    }

    private static StoryLogEntry map(ResultSet rs, int row) throws SQLException {
        return new StoryLogEntry(rs.getString("story_key"),
                new StoryLogEntry.Subject(rs.getString("player_id"), rs.getString("player_name"),
                        rs.getString("destination_club")),
                new StoryLogEntry.Latest(rs.getString("headline"), rs.getString("stage"), rs.getString("kind"),
                        rs.getString("article_url")),
                new StoryLogEntry.BestSource(rs.getString("best_source"), rs.getString("best_source_tier")),
                new StoryLogEntry.Seen(rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant(),
                        rs.getInt("report_count")));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** A link longer than the column is dropped rather than cut into a broken one. */
    private static String url(String url) {
        return url == null || url.length() > 2000 ? null : url;
    }
}
