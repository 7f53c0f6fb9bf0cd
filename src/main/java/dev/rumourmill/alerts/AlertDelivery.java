package dev.rumourmill.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due outbox rows through an {@link AlertSender}: keeps the message id of each story's first
 * message for later edits, retries outages with back-off, keeps each channel under its hourly cap, and
 * parks a channel's rows after a permanent error — pausing that channel and telling the admins once,
 * instead of failing again and again.
 */
public class AlertDelivery {

    static final Duration CLAIM = Duration.ofMinutes(2);
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration MAX_RETRY = Duration.ofMinutes(10);
    static final int BATCH = 20;
    static final int DEFAULT_MAX_PER_HOUR = 30;

    private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);

    private final OutboxStore outbox;
    private final SubscriptionStore subscriptions;
    private final AlertSender sender;
    private final List<AdminNotifier> notifiers;
    private final Clock clock;
    private final String claimant = java.util.UUID.randomUUID().toString();

    public AlertDelivery(OutboxStore outbox, SubscriptionStore subscriptions, AlertSender sender,
            List<AdminNotifier> notifiers, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.notifiers = List.copyOf(notifiers);
        this.clock = clock;
    }

    /** Sends what is due now; returns how many rows were sent. */
    public int deliverDue() {
        int sent = 0;
        for (OutboxRow row : outbox.claimDue(clock.instant(), CLAIM, BATCH, claimant)) {
            if (deliver(row)) {
                sent++;
            }
        }
        return sent;
    }

    /** Called when this process stops: another process (or the next start) may send what it held. */
    public void releaseClaims() {
        outbox.releaseClaims(claimant);
    }

    private boolean deliver(OutboxRow row) {
        Instant now = clock.instant();
        Optional<String> target = row.action() == OutboxAction.POST
                ? Optional.empty()
                : outbox.storyMessage(row.channelId(), row.storyKey());
        // An edit or reply whose first message never went out becomes that first message.
        boolean posts = row.action() != OutboxAction.EDIT || target.isEmpty();
        if (posts) {
            Optional<Instant> capped = hourlyCapReached(row.channelId(), now);
            if (capped.isPresent()) {
                outbox.postpone(row.id(), capped.get());
                return false;
            }
        }
        SendOutcome outcome;
        try {
            outcome = sender.send(row, target.orElse(null));
        } catch (RuntimeException e) {
            // The outcome is unknown; the nonce makes the resend safe.
            outcome = new SendOutcome.RetryLater("unexpected error: " + e.getMessage(), null);
            log.warn("Sending alert {} to channel {} failed", row.id(), row.channelId(), e);
        }
        if (outcome instanceof SendOutcome.Sent sent) {
            outbox.markSent(row.id(), sent.messageId(), now);
            if (target.isEmpty()) {
                outbox.rememberStoryMessage(row.channelId(), row.storyKey(), sent.messageId(), now);
            }
            return true;
        }
        if (outcome instanceof SendOutcome.RetryLater retry) {
            Duration wait = backoff(row.attempts());
            if (retry.retryAfter() != null && retry.retryAfter().compareTo(wait) > 0) {
                wait = retry.retryAfter();
            }
            outbox.retryAt(row.id(), now.plus(wait), retry.reason());
            log.info("Alert {} to channel {} will be retried in {}s: {}", row.id(), row.channelId(),
                    wait.toSeconds(), retry.reason());
        } else if (outcome instanceof SendOutcome.TargetMissing) {
            outbox.forgetStoryMessage(row.channelId(), row.storyKey());
            outbox.postpone(row.id(), now);
        } else if (outcome instanceof SendOutcome.Permanent permanent) {
            park(row, permanent.reason());
        }
        return false;
    }

    private void park(OutboxRow row, String reason) {
        int parked = outbox.parkChannel(row.channelId(), reason);
        subscriptions.pauseChannel(row.channelId(), reason);
        String message = "Rumour Mill cannot post alerts to channel " + row.channelId() + ": " + reason
                + ". Alerts for that channel are paused and " + parked + " waiting alert(s) were set aside. Fix: give the "
                + "bot access to the channel, then run /alerts follow there (or restart the bot) to resume.";
        for (AdminNotifier notifier : notifiers) {
            try {
                notifier.notifyAdmins(message);
            } catch (RuntimeException e) {
                log.warn("An admin notifier failed", e);
            }
        }
    }

    private Optional<Instant> hourlyCapReached(String channelId, Instant now) {
        int cap = subscriptions.forChannel(channelId).stream()
                .mapToInt(Subscription::maxPerHour).min().orElse(DEFAULT_MAX_PER_HOUR);
        List<Instant> sent = outbox.postsSentSince(channelId, now.minus(Duration.ofHours(1)));
        if (sent.size() < cap) {
            return Optional.empty();
        }
        return Optional.of(sent.get(sent.size() - cap).plus(Duration.ofHours(1)));
    }

    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 16));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }
}
