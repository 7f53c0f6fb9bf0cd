package dev.rumourmill.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The persisted outbox. Rows are claimed before sending so that several bot processes sharing one
 * PostgreSQL never send the same row at once, and only the oldest pending row of each channel is due,
 * so a channel's alerts arrive in order even after an outage. A process claims only rows for servers on
 * its own shards (or whose server is not known yet). {@code alert_story_message} reserves a story's first
 * message per channel: its primary key lets only one POST per (channel, story) be queued. Each channel has two
 * lanes, alerts and publishes ({@link TargetStore}), each sent in order.
 */
public class OutboxStore {

    private static final String COLUMNS = "id, channel_id, guild_id, story_key, action, payload, nonce, status, attempts, "
            + "next_attempt_at, last_error, message_id";

    private final JdbcTemplate jdbc;
    private final StoryPingStore pings;
    private final TargetStore targets;

    public OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.pings = new StoryPingStore(jdbc);
        this.targets = new TargetStore(jdbc);
    }

    /** The stories' threads and forum posts, the publish lane and once-only admin notices. */
    public TargetStore targets() {
        return targets;
    }

    /** The stories' role pings, kept beside the outbox and written in the same transactions. */
    public StoryPingStore pings() {
        return pings;
    }

    /** Queues a row; {@code guildId} is the channel's server when known (null lets any process try it). */
    public long enqueue(String channelId, Long guildId, String storyKey, OutboxAction action, AlertMessage message,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO alert_outbox (channel_id, guild_id, story_key, action, "
                    + "payload, nonce, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, channelId);
            statement.setObject(2, guildId, java.sql.Types.BIGINT);
            statement.setString(3, storyKey);
            statement.setString(4, action.name());
            statement.setString(5, AlertJson.write(message));
            statement.setString(6, OutgoingAlert.newNonce());
            statement.setTimestamp(7, Timestamp.from(now));
            statement.setTimestamp(8, Timestamp.from(now));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /**
     * Reserves the story's first message in the channel for a POST about to be queued in the same transaction.
     * False when the story already has one (sent or queued) since {@code staleBefore}: the caller then updates
     * that message instead. The primary key decides between concurrent callers, threads or processes alike.
     */
    public boolean reservePost(String channelId, String storyKey, Instant now, Instant staleBefore) {
        int inserted = jdbc.update("INSERT INTO alert_story_message (channel_id, story_key, message_id, created_at) "
                + "VALUES (?, ?, NULL, ?) ON CONFLICT DO NOTHING", channelId, storyKey, Timestamp.from(now));
        if (inserted == 1) {
            return true;
        }
        // The same key after the story window is a new story: it may take over the old reservation, once.
        return jdbc.update("UPDATE alert_story_message SET message_id = NULL, thread_id = NULL, created_at = ? WHERE channel_id = ? "
                + "AND story_key = ? AND created_at < ?", Timestamp.from(now), channelId, storyKey,
                Timestamp.from(staleBefore)) == 1;
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
    public List<OutboxRow> claimDue(Instant now, Duration claimFor, int limit, String claimant, DeliveryScope scope) {
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now), Timestamp.from(now)));
        String mine = "";
        if (!scope.coversEverything()) {
            // (guild_id >> 22) % total, written with division so that H2 and PostgreSQL read it alike.
            mine = "AND (guild_id IS NULL OR MOD(guild_id / 4194304, ?) IN ("
                    + String.join(", ", java.util.Collections.nCopies(scope.shards().size(), "?")) + ")) ";
            arguments.add(scope.shardTotal());
            arguments.addAll(scope.shards().stream().sorted().toList());
        }
        List<OutboxRow> candidates = jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox o WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) " + mine
                        + "AND id = (SELECT MIN(id) FROM alert_outbox p WHERE p.channel_id = o.channel_id AND p.lane = o.lane "
                        + "AND p.status = 'PENDING') "
                        + "ORDER BY id",
                OutboxStore::map, arguments.toArray());
        List<OutboxRow> claimed = new ArrayList<>();
        for (OutboxRow row : candidates) {
            if (claimed.size() == limit) {
                break;
            }
            int won = jdbc.update("UPDATE alert_outbox SET claimed_until = ?, claimed_by = ? WHERE id = ? "
                            + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)",
                    Timestamp.from(now.plus(claimFor)), claimant, row.id(), Timestamp.from(now));
            if (won == 1) {
                // Read again now that it is ours: another outlet's report may have replaced the payload of this first
                // message (replacePendingPost) between the query above and the claim; from now on nothing changes it.
                claimed.add(jdbc.queryForObject("SELECT " + COLUMNS + " FROM alert_outbox WHERE id = ?", OutboxStore::map,
                        row.id()));
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
        int parked = jdbc.update("UPDATE alert_outbox SET status = 'PARKED', last_error = ?, claimed_until = NULL "
                + "WHERE channel_id = ? AND status = 'PENDING'", cut(reason), channelId);
        jdbc.update("DELETE FROM alert_story_message WHERE channel_id = ? AND message_id IS NULL", channelId);
        return parked;
    }

    /**
     * Parks one row that can never be sent as it is; the channel's later rows go on. A parked first message
     * gives up its reservation, so the story's next update becomes the first message instead.
     */
    public void parkRow(OutboxRow row, String reason) {
        jdbc.update("UPDATE alert_outbox SET status = 'PARKED', last_error = ?, claimed_until = NULL, attempts = attempts + 1 "
                + "WHERE id = ?", cut(reason), row.id());
        if (row.action() == OutboxAction.POST) {
            jdbc.update("DELETE FROM alert_story_message WHERE channel_id = ? AND story_key = ? AND message_id IS NULL",
                    row.channelId(), row.storyKey());
        }
    }

    /** Closes a row without sending it because a later row carries everything it had. */
    public void markSuperseded(long id, String reason, Instant now) {
        jdbc.update("UPDATE alert_outbox SET status = 'SENT', sent_at = ?, claimed_until = NULL, last_error = ? WHERE id = ?",
                Timestamp.from(now), cut(reason), id);
    }

    /** Whether the story's first message in the channel is still queued. */
    public boolean postPending(String channelId, String storyKey) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM alert_outbox WHERE channel_id = ? AND story_key = ? "
                + "AND action = 'POST' AND status = 'PENDING'", Integer.class, channelId, storyKey);
        return count != null && count > 0;
    }

    /** Records the channel's server, learnt by a process that sees it, on its rows that lack it. */
    public int assignGuild(String channelId, long guildId) {
        return jdbc.update("UPDATE alert_outbox SET guild_id = ? WHERE channel_id = ? AND guild_id IS NULL", guildId, channelId);
    }

    /** A server came back after an outage: its waiting rows are due now. */
    public int wakeGuild(long guildId, Instant now) {
        return jdbc.update("UPDATE alert_outbox SET next_attempt_at = ? WHERE guild_id = ? AND status = 'PENDING' "
                + "AND next_attempt_at > ?", Timestamp.from(now), guildId, Timestamp.from(now));
    }

    /** The form the channel's message was sent in: that of the first row sent as it (older rows are embeds). */
    public dev.rumourmill.config.AlertStyle sentStyle(String channelId, String messageId) {
        return jdbc.queryForList("SELECT payload FROM alert_outbox WHERE channel_id = ? AND message_id = ? ORDER BY id",
                String.class, channelId, messageId).stream().findFirst().map(AlertJson::style)
                .orElse(dev.rumourmill.config.AlertStyle.EMBED);
    }

    /** New messages (not edits) sent to the channel since {@code since}, oldest first: for the hourly cap. */
    public List<Instant> postsSentSince(String channelId, Instant since) {
        return jdbc.query("SELECT sent_at FROM alert_outbox WHERE channel_id = ? AND status = 'SENT' AND action IN ('POST', 'REPLY') "
                        + "AND sent_at >= ? ORDER BY sent_at",
                (rs, i) -> rs.getTimestamp(1).toInstant(), channelId, Timestamp.from(since));
    }

    public List<OutboxRow> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_outbox ORDER BY id", OutboxStore::map);
    }

    private static OutboxRow map(ResultSet rs, int row) throws SQLException {
        Timestamp next = rs.getTimestamp("next_attempt_at");
        long guild = rs.getLong("guild_id");
        Long guildId = rs.wasNull() ? null : guild;
        AlertMessage message;
        try {
            message = AlertJson.read(rs.getString("payload"));
        } catch (RuntimeException e) {
            // Parked by the delivery routine with the reason; one bad row must not stop the whole round.
            message = null;
        }
        return new OutboxRow(rs.getLong("id"), rs.getString("channel_id"), guildId, rs.getString("story_key"),
                OutboxAction.valueOf(rs.getString("action")), message,
                rs.getString("nonce"), new OutboxRow.Progress(OutboxRow.Status.valueOf(rs.getString("status")),
                        rs.getInt("attempts"), next.toInstant(), rs.getString("last_error"), rs.getString("message_id")));
    }

    private static String cut(String text) {
        String shortened = LogText.shorten(text);
        return shortened == null || shortened.length() <= 1000 ? shortened : shortened.substring(0, 1000);
    }
}
