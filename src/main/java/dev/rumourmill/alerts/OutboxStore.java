package dev.rumourmill.alerts;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The persisted outbox. Rows are claimed before sending so that several bot processes sharing one
 * PostgreSQL never send the same row at once, and only the oldest pending row of each channel is due,
 * so a channel's alerts arrive in order even after an outage.
 */
@Repository
public class OutboxStore {

    private static final String COLUMNS = "id, channel_id, story_key, action, payload, nonce, status, attempts, "
            + "next_attempt_at, last_error, message_id";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    public OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long enqueue(String channelId, String storyKey, OutboxAction action, AlertMessage message, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO alert_outbox (channel_id, story_key, action, payload, "
                    + "nonce, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, channelId);
            statement.setString(2, storyKey);
            statement.setString(3, action.name());
            statement.setString(4, AlertJson.write(message));
            statement.setString(5, newNonce());
            statement.setTimestamp(6, Timestamp.from(now));
            statement.setTimestamp(7, Timestamp.from(now));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Whether the story was already posted (or is waiting to be) in the channel since {@code since}. */
    public boolean storyPostedSince(String channelId, String storyKey, Instant since) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM alert_outbox WHERE channel_id = ? AND story_key = ? "
                + "AND action = 'POST' AND status <> 'PARKED' AND created_at >= ?", Integer.class, channelId, storyKey,
                Timestamp.from(since));
        return count != null && count > 0;
    }

    /**
     * Gives the story's first message in the channel its newest form if it is still waiting and no process
     * is sending it right now. The claim and this update exclude each other, so a message being sent is
     * never changed under the sender: then this returns false and the caller queues an edit instead.
     */
    public boolean replacePendingPost(String channelId, String storyKey, AlertMessage message, Instant now) {
        return jdbc.update("UPDATE alert_outbox SET payload = ? WHERE channel_id = ? AND story_key = ? AND action = 'POST' "
                        + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)",
                AlertJson.write(message), channelId, storyKey, Timestamp.from(now)) > 0;
    }

    /**
     * Claims up to {@code limit} due rows — the oldest pending row of each channel — for {@code claimFor}
     * on behalf of {@code claimant}. A row another process holds is skipped.
     */
    public List<OutboxRow> claimDue(Instant now, Duration claimFor, int limit, String claimant) {
        List<OutboxRow> candidates = jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox o WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                        + "AND id = (SELECT MIN(id) FROM alert_outbox p WHERE p.channel_id = o.channel_id AND p.status = 'PENDING') "
                        + "ORDER BY id",
                OutboxStore::map, Timestamp.from(now), Timestamp.from(now));
        List<OutboxRow> claimed = new ArrayList<>();
        for (OutboxRow row : candidates) {
            if (claimed.size() == limit) {
                break;
            }
            int won = jdbc.update("UPDATE alert_outbox SET claimed_until = ?, claimed_by = ? WHERE id = ? "
                            + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)",
                    Timestamp.from(now.plus(claimFor)), claimant, row.id(), Timestamp.from(now));
            if (won == 1) {
                claimed.add(row);
            }
        }
        return claimed;
    }

    /** Gives back what a stopping process still holds, so a restart need not wait for the claims to expire. */
    public int releaseClaims(String claimant) {
        return jdbc.update("UPDATE alert_outbox SET claimed_until = NULL, claimed_by = NULL WHERE claimed_by = ? "
                + "AND status = 'PENDING'", claimant);
    }

    public void markSent(long id, String messageId, Instant now) {
        jdbc.update("UPDATE alert_outbox SET status = 'SENT', message_id = ?, sent_at = ?, claimed_until = NULL, "
                + "attempts = attempts + 1, last_error = NULL WHERE id = ?", messageId, Timestamp.from(now), id);
    }

    public void retryAt(long id, Instant nextAttempt, String error) {
        jdbc.update("UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, "
                + "claimed_until = NULL WHERE id = ?", Timestamp.from(nextAttempt), cut(error), id);
    }

    /** Postpones without counting an attempt (e.g. the channel's hourly cap is reached). */
    public void postpone(long id, Instant nextAttempt) {
        jdbc.update("UPDATE alert_outbox SET next_attempt_at = ?, claimed_until = NULL WHERE id = ?",
                Timestamp.from(nextAttempt), id);
    }

    /** Parks every pending row of the channel with the reason (a permanent error such as lost access). */
    public int parkChannel(String channelId, String reason) {
        return jdbc.update("UPDATE alert_outbox SET status = 'PARKED', last_error = ?, claimed_until = NULL "
                + "WHERE channel_id = ? AND status = 'PENDING'", cut(reason), channelId);
    }

    public void rememberStoryMessage(String channelId, String storyKey, String messageId, Instant now) {
        int updated = jdbc.update("UPDATE alert_story_message SET message_id = ? WHERE channel_id = ? AND story_key = ?",
                messageId, channelId, storyKey);
        if (updated == 0) {
            jdbc.update("INSERT INTO alert_story_message (channel_id, story_key, message_id, created_at) VALUES (?, ?, ?, ?)",
                    channelId, storyKey, messageId, Timestamp.from(now));
        }
    }

    public void forgetStoryMessage(String channelId, String storyKey) {
        jdbc.update("DELETE FROM alert_story_message WHERE channel_id = ? AND story_key = ?", channelId, storyKey);
    }

    public Optional<String> storyMessage(String channelId, String storyKey) {
        return jdbc.queryForList("SELECT message_id FROM alert_story_message WHERE channel_id = ? AND story_key = ?",
                String.class, channelId, storyKey).stream().findFirst();
    }

    /** New messages (not edits) sent to the channel since {@code since}, oldest first: for the hourly cap. */
    public List<Instant> postsSentSince(String channelId, Instant since) {
        return jdbc.query("SELECT sent_at FROM alert_outbox WHERE channel_id = ? AND status = 'SENT' AND action <> 'EDIT' "
                        + "AND sent_at >= ? ORDER BY sent_at",
                (rs, i) -> rs.getTimestamp(1).toInstant(), channelId, Timestamp.from(since));
    }

    public List<OutboxRow> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox ORDER BY id", OutboxStore::map);
    }

    private static OutboxRow map(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        return new OutboxRow(rs.getLong("id"), rs.getString("channel_id"), rs.getString("story_key"),
                OutboxAction.valueOf(rs.getString("action")), AlertJson.read(rs.getString("payload")),
                rs.getString("nonce"), OutboxRow.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                next.toInstant(), rs.getString("last_error"), rs.getString("message_id"));
    }

    /** Discord accepts a nonce of up to 25 characters; with enforce_nonce a resend with it cannot double-post. */
    static String newNonce() {
        return Long.toString(RANDOM.nextLong() >>> 1, 36) + Long.toString(RANDOM.nextInt(1_000_000), 36);
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
