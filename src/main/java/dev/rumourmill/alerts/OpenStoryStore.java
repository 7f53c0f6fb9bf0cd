package dev.rumourmill.alerts;

import dev.rumourmill.rumours.Story;
import dev.rumourmill.rumours.StoryRecord;
import dev.rumourmill.rumours.StoryStage;
import dev.rumourmill.rumours.StoryStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rumour engine's open stories in the database ({@code rumour_story}), shared by every process and kept
 * across restarts, so a follow-up from another outlet adds to the story whichever process reads it. Articles
 * about one player are filed one at a time: the player's row in {@code rumour_story_player} is locked
 * (SELECT … FOR UPDATE) until the caller's transaction — the feed entry's, which also writes the alerts —
 * ends. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
 */
class OpenStoryStore implements StoryStore {

    private static final String COLUMNS = "story_id, player_id, player_name, destination_club_id, stage, first_seen, "
            + "last_seen, source_ids, article_ids, text_prints";
    /** Keeps article ids within their column; a story with so many reports is long past its news. */
    private static final int ARTICLE_IDS_MAX = 100_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joined;
    private final TransactionTemplate separate;

    public OpenStoryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.joined = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> T change(String playerId, Instant since, Change<T> change) {
        ensurePlayerRow(playerId);
        return joined.execute(status -> {
            jdbc.queryForList("SELECT player_id FROM rumour_story_player WHERE player_id = ? FOR UPDATE", String.class,
                    playerId);
            jdbc.update("DELETE FROM rumour_story WHERE player_id = ? AND last_seen < ?", playerId, Timestamp.from(since));
            List<StoryRecord> stories = jdbc.query("SELECT " + COLUMNS + " FROM rumour_story WHERE player_id = ? "
                    + "ORDER BY story_id", OpenStoryStore::map, playerId);
            return change.apply(stories, this::save);
        });
    }

    @Override
    public List<StoryRecord> openSince(Instant since) {
        return jdbc.query("SELECT " + COLUMNS + " FROM rumour_story WHERE last_seen >= ? ORDER BY story_id",
                OpenStoryStore::map, Timestamp.from(since));
    }

    /** The lock row is committed on its own, so a first article about a player never races on its insert. */
    private void ensurePlayerRow(String playerId) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM rumour_story_player WHERE player_id = ?", Integer.class,
                playerId);
        if (known != null && known > 0) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO rumour_story_player (player_id) VALUES (?) ON CONFLICT DO NOTHING", playerId));
        } catch (DataIntegrityViolationException e) {
            // Another thread or process inserted it first: just as good.
        }
    }

    private StoryRecord save(StoryRecord story) {
        if (story.id() != 0) {
            jdbc.update("UPDATE rumour_story SET destination_club_id = ?, stage = ?, last_seen = ?, source_ids = ?, "
                            + "article_ids = ?, text_prints = ? WHERE story_id = ?",
                    story.destinationClubId(), story.stage().name(), Timestamp.from(story.lastSeen()),
                    lines(story.sourceIds()), articleLines(story.articleIds()), lines(story.textPrints()), story.id());
            return story;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO rumour_story (player_id, player_name, "
                    + "destination_club_id, stage, first_seen, last_seen, source_ids, article_ids, text_prints) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"story_id"});
            statement.setString(1, story.playerId());
            statement.setString(2, story.playerName());
            statement.setString(3, story.destinationClubId());
            statement.setString(4, story.stage().name());
            statement.setTimestamp(5, Timestamp.from(story.firstSeen()));
            statement.setTimestamp(6, Timestamp.from(story.lastSeen()));
            statement.setString(7, lines(story.sourceIds()));
            statement.setString(8, articleLines(story.articleIds()));
            statement.setString(9, lines(story.textPrints()));
            return statement;
        }, keys);
        return story.withId(keys.getKey().longValue());
    }

    private static StoryRecord map(ResultSet rs, int row) throws SQLException {
        return new StoryRecord(rs.getLong("story_id"),
                new Story.About(rs.getString("player_id"), rs.getString("player_name"), rs.getString("destination_club_id")),
                StoryStage.valueOf(rs.getString("stage")),
                new Story.Seen(rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant()),
                split(rs.getString("source_ids")), split(rs.getString("article_ids")), split(rs.getString("text_prints")));
    }

    private static String lines(List<String> items) {
        return String.join("\n", items.stream().map(item -> item.replace('\n', ' ')).toList());
    }

    /** Article ids one a line; when too many for the column the oldest give way (they only count reports). */
    private static String articleLines(List<String> ids) {
        String all = lines(ids);
        while (all.length() > ARTICLE_IDS_MAX) {
            all = all.substring(all.indexOf('\n') + 1);
        }
        return all;
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }
}
