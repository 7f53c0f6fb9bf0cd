package dev.rumourmill.system;

import dev.rumourmill.config.AppVersion;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/** This process's entry in the shared instance list: registered at start, kept alive, removed at stop. */
public class RunningInstance implements DisposableBean {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final BotInstanceStore store;
    private final Clock clock;
    private final String instanceId = UUID.randomUUID().toString();
    private final Instant startedAt;

    public RunningInstance(BotInstanceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.startedAt = clock.instant();
        store.register(new BotInstance(instanceId, hostName(), AppVersion.current(), startedAt, startedAt));
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration uptime() {
        return Duration.between(startedAt, clock.instant());
    }

    /** How many bot processes share this database right now, this one included. */
    public int activeInstances() {
        return store.active(clock.instant(), HEARTBEAT.multipliedBy(3)).size();
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void heartbeat() {
        store.heartbeat(instanceId, clock.instant());
    }

    @Override
    public void destroy() {
        store.remove(instanceId);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
