package dev.rumourmill.feeds;

import dev.rumourmill.config.BotProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Registers the bot-config.yml feeds at start-up, then runs a poll cycle five seconds after the last
 * one ended. It has its own thread: a long cycle (thousands of feeds, or one slow server) must not hold
 * up Spring's shared scheduler and with it the instance heartbeat.
 */
class FeedWatcher implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FeedWatcher.class);
    private static final long PAUSE_SECONDS = 5;

    private final FeedRegistry registry;
    private final FeedPollRoutine routine;
    private final BotProperties properties;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread watcher = new Thread(runnable, "feed-watcher");
        watcher.setDaemon(true);
        return watcher;
    });

    FeedWatcher(FeedRegistry registry, FeedPollRoutine routine, BotProperties properties) {
        this.registry = registry;
        this.routine = routine;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        int count = registry.syncFromConfig(properties.feeds()).size();
        log.info("Watching {} feed(s)", count);
        thread.scheduleWithFixedDelay(this::tick, 1, PAUSE_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            routine.runCycle();
        } catch (RuntimeException e) {
            // One bad cycle (e.g. the database briefly gone) must not end the schedule.
            log.warn("Feed poll cycle failed; the next one runs in {}s: {}", PAUSE_SECONDS, e.toString());
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
