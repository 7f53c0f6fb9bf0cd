package dev.rumourmill.alerts;

import dev.rumourmill.config.RunMode;
import dev.rumourmill.config.TimingProperties;
import dev.rumourmill.system.Routine;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routine that sends what the outbox has due, a pause (1 s) after the last round ended. In preview mode
 * alerts go to the terminal; connected, to the sender the discord package provides.
 */
class DeliveryRoutine implements Routine, org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRoutine.class);

    private final AlertDelivery delivery;
    private final Schedule schedule;

    DeliveryRoutine(OutboxStore outbox, SubscriptionStore subscriptions, List<AlertSender> senders,
            List<AdminNotifier> notifiers, RunMode mode, TimingProperties timingProperties, Clock clock) {
        AlertSender sender = senders.stream()
                .filter(s -> s.preview() == mode.isPreview())
                .findFirst()
                .orElse(null);
        DeliveryTiming timing = DeliveryTiming.from(timingProperties);
        this.delivery = sender == null ? null : new AlertDelivery(outbox, subscriptions, sender, notifiers, timing, clock);
        this.schedule = Schedule.every(timing.pause());
        if (sender == null) {
            log.warn("No alert sender for this mode: alerts stay in the outbox until one is available");
        }
    }

    @Override
    public String name() {
        return "alert-delivery";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        if (delivery != null) {
            delivery.deliverDue();
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
}
