package dev.rumourmill.alerts;

import dev.rumourmill.alerts.SourceOutcomeRules.Outcome;
import dev.rumourmill.alerts.SourceOutcomeRules.Settlement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which sources reported which story on which server, and what came of it ({@code source_outcome}). Written in the
 * feed entry's transaction, while the story's player is locked ({@link OpenStoryStore}), so claims and settlements
 * of one story never interleave; the primary key keeps one claim per server, story and source.
 */
public class SourceOutcomeStore {

    /** The guild key of a claim made through a feed every server sees: part of every server's record. */
    static final String EVERY_SERVER = "*";

    private static final String COLUMNS = "guild_key, story_id, story_key, player_id, destination_club_id, source_id, "
            + "source_name, stage, reported_at, outcome";

    private final JdbcTemplate jdbc;

    SourceOutcomeStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One source's report of one story, as one server saw it. */
    record Claim(String guildKey, StoryRef story, String sourceId, String sourceName, String stage, Instant reportedAt,
            Outcome outcome) {

        Claim forServer(String guild) {
            return new Claim(guild, story, sourceId, sourceName, stage, reportedAt, outcome);
        }
    }

    /** The story a claim is about: its id in the story store, its key, its player and destination. */
    record StoryRef(long id, String key, String playerId, String destinationClubId) {
    }

    /** Records the claim unless the server already has one for this story and source (the earliest stage stays). */
    void claim(Claim claim) {
        jdbc.update("INSERT INTO source_outcome (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) "
                        + "ON CONFLICT DO NOTHING", claim.guildKey(), claim.story().id(), claim.story().key(),
                claim.story().playerId(), claim.story().destinationClubId(), claim.sourceId(), claim.sourceName(),
                claim.stage(), Timestamp.from(claim.reportedAt()));
    }

    /** A story named no destination at first and names one now: its claims follow it. */
    void nameDestination(StoryRef story) {
        if (story.destinationClubId() != null) {
            jdbc.update("UPDATE source_outcome SET destination_club_id = ?, story_key = ? WHERE story_id = ? "
                    + "AND destination_club_id IS NULL", story.destinationClubId(), story.key(), story.id());
        }
    }

    /** Every server's claims on the story. */
    List<Claim> claimsOn(long storyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM source_outcome WHERE story_id = ?", SourceOutcomeStore::map, storyId);
    }

    /** The still open claims that the player moves to another club than the one {@code storyId} named, since then. */
    List<Claim> openClaimsElsewhere(String playerId, long storyId, String destinationClubId, Instant since) {
        return jdbc.query("SELECT " + COLUMNS + " FROM source_outcome WHERE player_id = ? AND story_id <> ? "
                        + "AND destination_club_id IS NOT NULL AND destination_club_id <> ? AND outcome IS NULL "
                        + "AND reported_at >= ?", SourceOutcomeStore::map, playerId, storyId, destinationClubId,
                Timestamp.from(since));
    }

    /**
     * Stores the claim's outcome (adding the claim for its server first, when it was another server's copy). A hit
     * is never taken back ({@link SourceOutcomeRules}), also not by a copy that did not know of it.
     */
    void settle(Claim claim, Outcome outcome, Settlement by, Instant now) {
        claim(claim);
        jdbc.update("UPDATE source_outcome SET outcome = ?, settled_by = ?, settled_at = ? WHERE guild_key = ? "
                        + "AND story_id = ? AND source_id = ? AND (outcome IS NULL OR outcome <> 'HIT')", outcome.name(), by.wire(), Timestamp.from(now),
                claim.guildKey(), claim.story().id(), claim.sourceId());
    }

    /**
     * The records of these sources on one server: its own claims and those of feeds every server sees, once per
     * story (a hit in either counts as a hit, else a miss as a miss).
     */
    Map<String, TrackRecord> recordsOf(String guildId, Collection<String> sourceIds) {
        Map<String, TrackRecord> records = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return records;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(sourceIds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(List.of(guildId, EVERY_SERVER));
        args.addAll(sourceIds);
        jdbc.query(perStory("source_id IN (" + marks + ")"), rs -> {
            records.put(rs.getString("source_id"), new TrackRecord(rs.getInt("hits"), rs.getInt("misses")));
        }, args.toArray());
        return records;
    }

    /** One source as a server knows it: name, record, and how many of its stories are still open. */
    record Standing(String sourceId, String name, TrackRecord record, int open) {
    }

    /** Every source the server's feeds have reported stories from, most settled stories first. */
    List<Standing> standingsOf(String guildId) {
        List<Standing> standings = new java.util.ArrayList<>(jdbc.query(perStory("1 = 1"), (rs, row) -> new Standing(
                rs.getString("source_id"), rs.getString("name"), new TrackRecord(rs.getInt("hits"), rs.getInt("misses")),
                rs.getInt("open")), guildId, EVERY_SERVER));
        standings.sort(java.util.Comparator.comparingInt((Standing s) -> -s.record().settled())
                .thenComparingInt(s -> -s.record().hits()).thenComparing(Standing::name));
        return standings;
    }

    /** Per source: settled stories counted once per story over the server's rows and the every-server rows. */
    private static String perStory(String condition) {
        return "SELECT source_id, MAX(source_name) AS name, SUM(CASE WHEN hit = 1 THEN 1 ELSE 0 END) AS hits, "
                + "SUM(CASE WHEN hit = 0 AND miss = 1 THEN 1 ELSE 0 END) AS misses, "
                + "SUM(CASE WHEN settled = 0 THEN 1 ELSE 0 END) AS open FROM ("
                + "SELECT source_id, story_id, MAX(source_name) AS source_name, "
                + "MAX(CASE WHEN outcome = 'HIT' THEN 1 ELSE 0 END) AS hit, "
                + "MAX(CASE WHEN outcome = 'MISS' THEN 1 ELSE 0 END) AS miss, "
                + "MAX(CASE WHEN outcome IS NULL THEN 0 ELSE 1 END) AS settled "
                + "FROM source_outcome WHERE guild_key IN (?, ?) AND " + condition + " GROUP BY source_id, story_id"
                + ") per_story GROUP BY source_id";
    }

    private static Claim map(ResultSet rs, int row) throws SQLException {
        return new Claim(rs.getString("guild_key"), new StoryRef(rs.getLong("story_id"), rs.getString("story_key"),
                rs.getString("player_id"), rs.getString("destination_club_id")), rs.getString("source_id"),
                rs.getString("source_name"), rs.getString("stage"), rs.getTimestamp("reported_at").toInstant(),
                Outcome.parse(rs.getString("outcome")));
    }
}
