package dev.rumourmill.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stories waiting for each channel's next digest, and the digests made. A period is claimed by inserting its
 * {@code alert_digest} row: the unique (channel, period end) lets one process, once, make it — in the transaction
 * that takes the waiting stories and queues the digest's messages in the outbox, so a crash before the commit
 * leaves everything waiting and a crash after it leaves the delivery to the outbox.
 */
class DigestStore {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A waiting story, with its row id (to record the message it went into). */
    record Item(long id, DigestEntry entry) {
    }

    private final JdbcTemplate jdbc;

    DigestStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a story update for the channel's next digest (runs in the caller's transaction). */
    void add(String channelId, Long guildId, DigestEntry entry, Instant now) {
        jdbc.update("INSERT INTO alert_digest_item (channel_id, guild_id, story_key, payload, arrived_at) VALUES (?, ?, ?, ?, ?)",
                channelId, guildId, entry.storyKey(), write(entry), at(now));
    }

    /** Whether the channel's digests already have (or will have) the story since {@code since}. */
    boolean hasStory(String channelId, String storyKey, Instant since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM alert_digest_item WHERE channel_id = ? AND story_key = ? "
                + "AND arrived_at >= ?", Integer.class, channelId, storyKey, at(since));
        return count != null && count > 0;
    }

    /** Claims the period ending at {@code periodEnd}; empty when a digest for it exists (another process, or earlier). */
    Optional<Long> claim(String channelId, Instant periodEnd, boolean manual, Instant now) {
        int inserted = jdbc.update("INSERT INTO alert_digest (channel_id, period_end, manual, stories, created_at) "
                + "VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING", channelId, at(periodEnd), manual,
                at(now));
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("SELECT id FROM alert_digest WHERE channel_id = ? AND period_end = ?",
                Long.class, channelId, at(periodEnd)));
    }

    /** Whether the period ending at {@code periodEnd} has its digest. */
    boolean made(String channelId, Instant periodEnd) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM alert_digest WHERE channel_id = ? AND period_end = ?",
                Integer.class, channelId, at(periodEnd));
        return count != null && count > 0;
    }

    /** The end of the channel's latest digest, if it had one: the start of the period being collected. */
    Optional<Instant> lastEnd(String channelId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(period_end) FROM alert_digest WHERE channel_id = ?",
                Timestamp.class, channelId)).map(Timestamp::toInstant);
    }

    /**
     * Gives the digest every waiting story that arrived by {@code before}, oldest first. One UPDATE takes
     * them, so a story written meanwhile (still uncommitted, or later) waits for the next digest instead.
     */
    List<Item> take(String channelId, long digestId, Instant before) {
        jdbc.update("UPDATE alert_digest_item SET digest_id = ? WHERE channel_id = ? AND digest_id IS NULL AND arrived_at <= ?",
                digestId, channelId, at(before));
        List<Item> items = jdbc.query("SELECT id, payload FROM alert_digest_item WHERE digest_id = ? ORDER BY id",
                (rs, i) -> new Item(rs.getLong("id"), read(rs.getString("payload"))), digestId);
        jdbc.update("UPDATE alert_digest SET stories = ? WHERE id = ?", items.size(), digestId);
        return items;
    }

    /** Records which message of the digest listed (or summed up) the stories. */
    void assignPart(List<Long> itemIds, int part) {
        for (Long id : itemIds) {
            jdbc.update("UPDATE alert_digest_item SET part = ? WHERE id = ?", part, id);
        }
    }

    /**
     * Stories whose digest message Discord refused for good (parked) wait again for the channel's next digest,
     * so a lost permission loses no story once it is given back.
     */
    int giveBackParked(String channelId) {
        return jdbc.update("UPDATE alert_digest_item SET digest_id = NULL, part = NULL WHERE channel_id = ? "
                + "AND digest_id IS NOT NULL AND EXISTS (SELECT 1 FROM alert_outbox o WHERE o.channel_id = alert_digest_item.channel_id "
                + "AND o.status = 'PARKED' AND o.story_key = CONCAT('digest:', CAST(alert_digest_item.digest_id AS VARCHAR(20)), ':', "
                + "CAST(alert_digest_item.part AS VARCHAR(10))))", channelId);
    }

    /** How many stories wait for the channel's next digest. */
    int waiting(String channelId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM alert_digest_item WHERE channel_id = ? AND digest_id IS NULL",
                Integer.class, channelId);
        return count == null ? 0 : count;
    }

    /** Milliseconds, as every database keeps them: a period's end must read back equal to what was written. */
    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /** The outbox story key of one message of a digest. */
    static String storyKey(long digestId, int part) {
        return "digest:" + digestId + ":" + part;
    }

    private static String write(DigestEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a digest entry cannot be written as JSON", e);
        }
    }

    private static DigestEntry read(String payload) {
        try {
            return JSON.readValue(payload, DigestEntry.class);
        } catch (JsonProcessingException e) {
            // Listed as unreadable rather than dropped: the digest still says a story was there.
            return new DigestEntry("unreadable", null, "(a story this version cannot read)", dev.rumourmill.config.AlertKind.RUMOUR,
                    null, List.of(), null, 0);
        }
    }
}
