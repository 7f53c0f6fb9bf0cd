package dev.rumourmill.alerts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where each story went in each channel, kept beside the outbox in {@code alert_story_message}: its first message
 * (edited by later outlets, replied to by stage changes) and its thread or forum post (so restarts and other
 * processes post its updates in the same thread); also the publish lane of announcement channels, and admin
 * notices that must be given only once.
 */
public class TargetStore {

    private final JdbcTemplate jdbc;

    TargetStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the story's first message in the channel (its thread, if any, is recorded apart). */
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
        return jdbc.queryForList("SELECT message_id FROM alert_story_message WHERE channel_id = ? AND story_key = ? "
                        + "AND message_id IS NOT NULL",
                String.class, channelId, storyKey).stream().findFirst();
    }

    /** The story's thread (or forum post) in the channel, once one was made. */
    public Optional<String> thread(String channelId, String storyKey) {
        return jdbc.queryForList("SELECT thread_id FROM alert_story_message WHERE channel_id = ? AND story_key = ? "
                + "AND thread_id IS NOT NULL", String.class, channelId, storyKey).stream().findFirst();
    }

    /** Records the story's thread; the story's message is recorded first, so its row is there. */
    void rememberThread(String channelId, String storyKey, String threadId) {
        jdbc.update("UPDATE alert_story_message SET thread_id = ? WHERE channel_id = ? AND story_key = ?",
                threadId, channelId, storyKey);
    }

    /**
     * Notes on a row that a step without a nonce (a forum post) is about to be sent, so that whoever tries the row
     * next — after a lost answer or a crash — looks for the post before making another.
     */
    void markUnderWay(long rowId) {
        jdbc.update("UPDATE alert_outbox SET last_error = 'sent; the answer was not heard yet' WHERE id = ? "
                + "AND last_error IS NULL", rowId);
    }

    /**
     * Queues the crosspost of a sent message in the channel's publish lane, so that a publish held back by
     * Discord's limit never holds up the channel's alerts. The message id is the row's message from the start.
     */
    void enqueuePublish(String channelId, Long guildId, String storyKey, String messageId, AlertMessage message,
            Instant now) {
        jdbc.update("INSERT INTO alert_outbox (channel_id, guild_id, story_key, action, lane, payload, nonce, status, "
                        + "attempts, next_attempt_at, created_at, message_id) VALUES (?, ?, ?, 'PUBLISH', 'PUBLISH', ?, ?, "
                        + "'PENDING', 0, ?, ?, ?)", channelId, guildId, storyKey, AlertJson.write(message),
                OutgoingAlert.newNonce(), Timestamp.from(now), Timestamp.from(now), messageId);
    }

    /** Crossposts done in the channel since {@code since}, oldest first: for Discord's hourly publish limit. */
    List<Instant> publishesSince(String channelId, Instant since) {
        return jdbc.query("SELECT sent_at FROM alert_outbox WHERE channel_id = ? AND status = 'SENT' AND action = 'PUBLISH' "
                        + "AND last_error IS NULL AND sent_at >= ? ORDER BY sent_at",
                (rs, i) -> rs.getTimestamp(1).toInstant(), channelId, Timestamp.from(since));
    }

    /**
     * True for the one caller that may give this notice about the channel now: the first ever, or the first
     * since {@code quietFor} passed. The primary key decides between processes.
     */
    boolean noticeOnce(String channelId, String notice, Instant now, Duration quietFor) {
        String key = notice.length() <= 100 ? notice : notice.substring(0, 100);
        if (jdbc.update("INSERT INTO alert_admin_notice (channel_id, notice, noticed_at) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING", channelId, key, Timestamp.from(now)) == 1) {
            return true;
        }
        return jdbc.update("UPDATE alert_admin_notice SET noticed_at = ? WHERE channel_id = ? AND notice = ? "
                + "AND noticed_at < ?", Timestamp.from(now), channelId, key, Timestamp.from(now.minus(quietFor))) == 1;
    }
}
