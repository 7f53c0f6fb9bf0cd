package dev.rumourmill.alerts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which stories have pinged a channel's role ({@code alert_story_ping}). A ping is reserved in the transaction
 * that queues the alert carrying it; the primary key lets one ping per (channel, story) through, so neither a
 * second thread or process nor a restart that forgot the story pings again.
 */
public class StoryPingStore {

    private final JdbcTemplate jdbc;

    StoryPingStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reserves the story's one ping in the channel, made at {@code stage}. False when the story already pinged
     * there since {@code staleBefore} (the same key after the story window is a new story and may ping once).
     */
    public boolean reserve(String channelId, String storyKey, String stage, Instant now, Instant staleBefore) {
        int inserted = jdbc.update("INSERT INTO alert_story_ping (channel_id, story_key, stage, pinged_at) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", channelId, storyKey, stage, Timestamp.from(now));
        if (inserted == 1) {
            return true;
        }
        return jdbc.update("UPDATE alert_story_ping SET stage = ?, pinged_at = ? WHERE channel_id = ? AND story_key = ? "
                + "AND pinged_at < ?", stage, Timestamp.from(now), channelId, storyKey, Timestamp.from(staleBefore)) == 1;
    }

    /** Frees the story's ping in the channel again (the message reserved for it was never queued). */
    public void release(String channelId, String storyKey) {
        jdbc.update("DELETE FROM alert_story_ping WHERE channel_id = ? AND story_key = ?", channelId, storyKey);
    }

    /** The stage at which the story pinged the channel's role, if it did. */
    public java.util.Optional<String> pingedAt(String channelId, String storyKey) {
        List<String> stages = jdbc.queryForList("SELECT stage FROM alert_story_ping WHERE channel_id = ? AND story_key = ?",
                String.class, channelId, storyKey);
        return stages.stream().findFirst();
    }

    /**
     * Whether the story's first message in the channel, still queued, carries the role mention: a newer form
     * of that message must keep it, for the story's one ping was reserved for it.
     */
    public boolean pendingPostPings(String channelId, String storyKey) {
        return jdbc.queryForList("SELECT payload FROM alert_outbox WHERE channel_id = ? AND story_key = ? AND action = 'POST' "
                        + "AND status = 'PENDING'", String.class, channelId, storyKey).stream()
                .anyMatch(payload -> {
                    try {
                        return AlertJson.read(payload).pingRoleId() != null;
                    } catch (RuntimeException e) {
                        return false;
                    }
                });
    }
}
