package dev.rumourmill.feeds;

import dev.rumourmill.config.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Registers the bot-config.yml feeds at start-up, then runs a poll cycle every few seconds. */
@Component
class FeedWatcher implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(FeedWatcher.class);

    private final FeedRegistry registry;
    private final FeedPollRoutine routine;
    private final BotProperties properties;

    FeedWatcher(FeedRegistry registry, FeedPollRoutine routine, BotProperties properties) {
        this.registry = registry;
        this.routine = routine;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        int count = registry.syncFromConfig(properties.feeds()).size();
        log.info("Watching {} feed(s)", count);
    }

    @Scheduled(fixedDelay = 5_000, initialDelay = 1_000)
    void tick() {
        try {
            routine.runCycle();
        } catch (RuntimeException e) {
            // One bad cycle (e.g. the database briefly gone) must not cancel the schedule.
            log.warn("Feed poll cycle failed; the next one runs in 5s: {}", e.toString());
        }
    }
}
