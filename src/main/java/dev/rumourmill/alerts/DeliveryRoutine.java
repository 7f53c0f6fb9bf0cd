package dev.rumourmill.alerts;

import dev.rumourmill.config.RunMode;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every second, sends what the outbox has due. In preview mode alerts go to the terminal; connected, to
 * the sender the discord package provides. An exception never stops the routine.
 */
class DeliveryRoutine implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRoutine.class);

    private final AlertDelivery delivery;

    DeliveryRoutine(OutboxStore outbox, SubscriptionStore subscriptions, List<AlertSender> senders,
            List<AdminNotifier> notifiers, RunMode mode, Clock clock) {
        AlertSender sender = senders.stream()
                .filter(s -> s.preview() == mode.isPreview())
                .findFirst()
                .orElse(null);
        this.delivery = sender == null ? null : new AlertDelivery(outbox, subscriptions, sender, notifiers, clock);
        if (sender == null) {
            log.warn("No alert sender for this mode: alerts stay in the outbox until one is available");
        }
    }

    @Override
    public void destroy() {
        if (delivery != null) {
            try {
                delivery.releaseClaims();
            } catch (RuntimeException e) {
                log.warn("Could not release outbox claims at shutdown; they expire by themselves", e);
            }
        }
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void run() {
        if (delivery == null) {
            return;
        }
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            log.error("Alert delivery round failed; it will run again", e);
        }
    }
}
