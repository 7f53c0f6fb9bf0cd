package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.BotProperties;
import java.time.Clock;

/**
 * Makes the stored config subscriptions equal to the {@code alerts:} section of bot-config.yml at start.
 * A restart also resumes a paused channel: the admin fixed the cause, or it fails once and pauses again.
 */
class ConfigSubscriptionSync {

    private final BotProperties properties;
    private final SubscriptionStore store;
    private final Clock clock;

    ConfigSubscriptionSync(BotProperties properties, SubscriptionStore store, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.clock = clock;
    }

    void sync() {
        for (AlertRouteProperties route : properties.alerts()) {
            store.save(Subscription.builder(route.channel())
                    .origin(Subscription.Origin.CONFIG)
                    .clubs(route.clubs())
                    .players(route.players())
                    .kinds(route.kinds())
                    .minTier(route.minTier())
                    .minConfidence(route.minConfidence())
                    .pingRole(route.pingRole())
                    .pingAt(route.pingAt())
                    .maxPerHour(route.maxPerHour())
                    .digest(route.post().digestSchedule())
                    .postAs(route.postAs())
                    .createdBy("bot-config.yml")
                    .createdAt(clock.instant())
                    .build());
            store.resumeChannel(route.channel());
        }
        store.deleteConfigExcept(properties.alerts().stream().map(AlertRouteProperties::channel).toList());
    }
}
