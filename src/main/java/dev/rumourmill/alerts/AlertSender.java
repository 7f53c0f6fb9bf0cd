package dev.rumourmill.alerts;

import java.util.Optional;

/**
 * Sends one alert to a chat platform. Implementations never throw for platform errors: they say
 * what happened as a {@link SendOutcome}.
 */
public interface AlertSender {

    SendOutcome send(OutgoingAlert alert);

    /** The servers this process can deliver to now; empty while it cannot deliver at all (not connected yet). */
    default Optional<DeliveryScope> scope() {
        return Optional.of(DeliveryScope.everything());
    }

    /** The server of a channel this process can see, so the channel's rows are routed by shard from then on. */
    default Optional<Long> guildOf(String channelId) {
        return Optional.empty();
    }

    /** True for the sender that prints alerts in preview mode (no Discord token). */
    default boolean preview() {
        return false;
    }
}
