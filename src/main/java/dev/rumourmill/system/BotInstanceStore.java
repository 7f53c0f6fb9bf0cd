package dev.rumourmill.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps the list of bot processes sharing the database, each with a heartbeat. */
class BotInstanceStore {

    private final JdbcTemplate jdbc;

    public BotInstanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void register(BotInstance instance) {
        int updated = jdbc.update("UPDATE bot_instance SET host_name = ?, version = ?, started_at = ?, last_seen_at = ? "
                        + "WHERE instance_id = ?",
                instance.hostName(), instance.version(), Timestamp.from(instance.startedAt()),
                Timestamp.from(instance.lastSeenAt()), instance.instanceId());
        if (updated == 0) {
            jdbc.update("INSERT INTO bot_instance (instance_id, host_name, version, started_at, last_seen_at) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    instance.instanceId(), instance.hostName(), instance.version(),
                    Timestamp.from(instance.startedAt()), Timestamp.from(instance.lastSeenAt()));
        }
    }

    public void heartbeat(String instanceId, Instant now) {
        jdbc.update("UPDATE bot_instance SET last_seen_at = ? WHERE instance_id = ?", Timestamp.from(now), instanceId);
    }

    public void remove(String instanceId) {
        jdbc.update("DELETE FROM bot_instance WHERE instance_id = ?", instanceId);
    }

    /** Processes that sent a heartbeat within {@code within} before {@code now}, oldest first. */
    public List<BotInstance> active(Instant now, Duration within) {
        return jdbc.query("SELECT instance_id, host_name, version, started_at, last_seen_at FROM bot_instance "
                        + "WHERE last_seen_at >= ? ORDER BY started_at, instance_id",
                (rs, i) -> new BotInstance(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()),
                Timestamp.from(now.minus(within)));
    }
}
