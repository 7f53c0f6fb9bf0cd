package dev.rumourmill.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads how far a story's alerts to one channel got ({@code alert_outbox}), for {@code /why}. */
class DeliveryLookup {

    private static final String COLUMNS = "action, status, attempts, next_attempt_at, last_error, message_id";

    private final JdbcTemplate jdbc;

    DeliveryLookup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first alert about the story queued for the channel at or after {@code since}: the one an entry queued then. */
    Optional<WhyReport.Delivery> queuedSince(String channelId, String storyKey, Instant since) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox WHERE channel_id = ? AND story_key = ? AND created_at >= ? "
                + "ORDER BY id LIMIT 1", DeliveryLookup::map, channelId, storyKey, Timestamp.from(since)).stream().findFirst();
    }

    /** The story's newest first message in the channel (sent, queued or parked), if it ever had one. */
    Optional<WhyReport.Delivery> firstMessage(String channelId, String storyKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox WHERE channel_id = ? AND story_key = ? AND action = 'POST' "
                + "ORDER BY id DESC LIMIT 1", DeliveryLookup::map, channelId, storyKey).stream().findFirst();
    }

    private static WhyReport.Delivery map(ResultSet rs, int row) throws SQLException {
        return new WhyReport.Delivery(OutboxAction.valueOf(rs.getString("action")), new OutboxRow.Progress(
                OutboxRow.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"), rs.getString("message_id")),
                false);
    }
}
