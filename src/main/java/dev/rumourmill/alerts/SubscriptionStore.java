package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.DigestSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Channels' subscriptions: at most one from bot-config.yml and one made with /alerts per channel. */
public class SubscriptionStore {

    private static final String COLUMNS = "id, channel_id, guild_id, origin, clubs, players, kinds, min_tier, "
            + "min_confidence, ping_role, ping_at, max_per_hour, post_as, paused_reason, created_by, created_at, digest";

    private final JdbcTemplate jdbc;

    public SubscriptionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Subscription> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_subscription ORDER BY id", SubscriptionStore::map);
    }

    public List<Subscription> forChannel(String channelId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_subscription WHERE channel_id = ? ORDER BY id",
                SubscriptionStore::map, channelId);
    }

    public Optional<Subscription> find(String channelId, Subscription.Origin origin) {
        return jdbc.query("SELECT " + COLUMNS + " FROM alert_subscription WHERE channel_id = ? AND origin = ?",
                SubscriptionStore::map, channelId, origin.name()).stream().findFirst();
    }

    /** Inserts or replaces the channel's subscription of the same origin; pause state is kept. */
    public void save(Subscription s) {
        // A config route names no server; the one a process learnt (assignGuild) is kept.
        int updated = jdbc.update("UPDATE alert_subscription SET guild_id = COALESCE(?, guild_id), clubs = ?, players = ?, kinds = ?, "
                        + "min_tier = ?, min_confidence = ?, ping_role = ?, ping_at = ?, max_per_hour = ?, post_as = ?, digest = ? "
                        + "WHERE channel_id = ? AND origin = ?",
                s.guildId(), lines(s.clubs()), lines(s.players()), kinds(s.kinds()), s.minTier(), s.minConfidence(),
                s.pingRole(), lines(List.copyOf(s.pingAt())), s.maxPerHour(), s.postAs().name(), digest(s), s.channelId(),
                s.origin().name());
        if (updated == 0) {
            jdbc.update("INSERT INTO alert_subscription (channel_id, guild_id, origin, clubs, players, kinds, min_tier, "
                            + "min_confidence, ping_role, ping_at, max_per_hour, post_as, paused_reason, created_by, created_at, "
                            + "digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.channelId(), s.guildId(), s.origin().name(), lines(s.clubs()), lines(s.players()), kinds(s.kinds()),
                    s.minTier(), s.minConfidence(), s.pingRole(), lines(List.copyOf(s.pingAt())), s.maxPerHour(), s.postAs().name(),
                    s.pausedReason(), s.createdBy(), Timestamp.from(s.createdAt() == null ? Instant.EPOCH : s.createdAt()), digest(s));
        }
    }

    public void delete(String channelId, Subscription.Origin origin) {
        jdbc.update("DELETE FROM alert_subscription WHERE channel_id = ? AND origin = ?", channelId, origin.name());
    }

    /** Removes config subscriptions for channels no longer in bot-config.yml. */
    public void deleteConfigExcept(Collection<String> channelIds) {
        all().stream()
                .filter(s -> s.origin() == Subscription.Origin.CONFIG && !channelIds.contains(s.channelId()))
                .forEach(s -> delete(s.channelId(), Subscription.Origin.CONFIG));
    }

    public void pauseChannel(String channelId, String reason) {
        jdbc.update("UPDATE alert_subscription SET paused_reason = ? WHERE channel_id = ?", cut(reason), channelId);
    }

    /** Records the channel's server where it was not known (config routes name only the channel). */
    public void assignGuild(String channelId, long guildId) {
        jdbc.update("UPDATE alert_subscription SET guild_id = ? WHERE channel_id = ? AND guild_id IS NULL",
                Long.toString(guildId), channelId);
    }

    public void resumeChannel(String channelId) {
        jdbc.update("UPDATE alert_subscription SET paused_reason = NULL WHERE channel_id = ?", channelId);
    }

    private static Subscription map(ResultSet rs, int row) throws SQLException {
        return Subscription.builder(rs.getString("channel_id"))
                .id(rs.getLong("id"))
                .guildId(rs.getString("guild_id"))
                .origin(Subscription.Origin.valueOf(rs.getString("origin")))
                .clubs(split(rs.getString("clubs")))
                .players(split(rs.getString("players")))
                .kinds(split(rs.getString("kinds")).stream().map(k -> AlertKind.valueOf(k)).collect(Collectors.toSet()))
                .minTier(rs.getInt("min_tier"))
                .minConfidence(rs.getDouble("min_confidence"))
                .pingRole(rs.getString("ping_role"))
                .pingAt(new java.util.LinkedHashSet<>(split(rs.getString("ping_at"))))
                .maxPerHour(rs.getInt("max_per_hour"))
                .postAs(dev.rumourmill.config.PostAs.valueOf(rs.getString("post_as")))
                .pausedReason(rs.getString("paused_reason"))
                .createdBy(rs.getString("created_by"))
                .createdAt(rs.getTimestamp("created_at").toInstant())
                .digest(rs.getString("digest") == null ? null : DigestSchedule.parse(rs.getString("digest")))
                .build();
    }

    private static String digest(Subscription s) {
        return s.digest() == null ? null : s.digest().text();
    }

    private static String lines(List<String> names) {
        return String.join("\n", names);
    }

    private static String kinds(Collection<AlertKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining("\n"));
    }

    private static List<String> split(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
    }

    private static String cut(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }
}
