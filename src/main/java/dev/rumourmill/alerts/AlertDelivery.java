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
 * instead of failing again and again. An alert the platform refuses for its content is parked alone,
 * so the channel's later alerts go on. Rows for servers on another process's shards are left to it, and a
 * server in an outage only makes its rows wait: neither is ever a permanent failure.
 */
class AlertDelivery {

    static final Duration CLAIM = Duration.ofMinutes(2);
    /** How often a row waits and checks again while its server is unavailable (its return also wakes it). */
    static final Duration GUILD_RECHECK = Duration.ofSeconds(30);
    static final int BATCH = 20;
    static final int DEFAULT_MAX_PER_HOUR = 30;

    private static final Logger log = LoggerFactory.getLogger(AlertDelivery.class);

    private final OutboxStore outbox;
    private final SubscriptionStore subscriptions;
    private final AlertSender sender;
    private final List<AdminNotifier> notifiers;
    private final DeliveryTiming timing;
    private final Clock clock;
    private final String claimant = java.util.UUID.randomUUID().toString();

    public AlertDelivery(OutboxStore outbox, SubscriptionStore subscriptions, AlertSender sender,
            List<AdminNotifier> notifiers, DeliveryTiming timing, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.notifiers = List.copyOf(notifiers);
        this.timing = timing;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many rows were sent. */
    public int deliverDue() {
        Optional<DeliveryScope> scope = sender.scope();
        if (scope.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (OutboxRow row : outbox.claimDue(clock.instant(), CLAIM, BATCH, claimant, scope.get())) {
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
        if (row.message() == null) {
            outbox.parkRow(row, "the stored alert cannot be read (written by another version?)");
            log.warn("Alert {} to channel {} was parked: its stored payload cannot be read", row.id(), row.channelId());
            return false;
        }
        if (row.guildId() == null) {
            learnGuild(row.channelId());
        }
        Optional<String> target = row.action() == OutboxAction.POST
                ? Optional.empty()
                : outbox.storyMessage(row.channelId(), row.storyKey());
        if (row.action() != OutboxAction.POST && target.isEmpty() && outbox.postPending(row.channelId(), row.storyKey())) {
            // The story's first message is queued behind this row and already carries the newer state.
            outbox.markSuperseded(row.id(), "merged into the story's first message, still queued", now);
            return false;
        }
        // An edit or reply whose first message never went out (or was deleted) becomes that first message.
        boolean posts = row.action() != OutboxAction.EDIT || target.isEmpty();
        if (posts) {
            Optional<Instant> capped = hourlyCapReached(row.channelId(), now);
            if (capped.isPresent()) {
                outbox.postpone(row.id(), capped.get());
                return false;
            }
        }
        AlertMessage message = row.message();
        if (!posts) {
            // Discord cannot take a message out of components form, and an embed must stay one: an edit keeps the form
            // its message was sent in, also after the channel's style changed.
            message = message.withStyle(outbox.sentStyle(row.channelId(), target.get()));
        }
        SendOutcome outcome;
        try {
            outcome = sender.send(OutgoingAlert.of(row, target.orElse(null), message));
        } catch (RuntimeException e) {
            // The outcome is unknown; the nonce makes the resend safe.
            outcome = new SendOutcome.RetryLater("unexpected error: " + LogText.shorten(String.valueOf(e.getMessage())), null);
            log.warn("Sending alert {} to channel {} failed: {}", row.id(), row.channelId(),
                    LogText.shorten(e.toString()));
        }
        return settle(row, target, outcome, now);
    }

    private boolean settle(OutboxRow row, Optional<String> target, SendOutcome outcome, Instant now) {
        if (outcome instanceof SendOutcome.Sent sent) {
            // The message first, the row second: once the row is sent, the channel's next row (an edit of this
            // story, perhaps claimed by another process at once) must find the message to edit.
            if (target.isEmpty()) {
                outbox.rememberStoryMessage(row.channelId(), row.storyKey(), sent.messageId(), now);
            }
            outbox.markSent(row.id(), sent.messageId(), now);
            return true;
        }
        if (outcome instanceof SendOutcome.RetryLater retry) {
            Duration wait = timing.backoff(row.attempts());
            if (retry.retryAfter() != null && retry.retryAfter().compareTo(wait) > 0) {
                wait = retry.retryAfter();
            }
            outbox.retryAt(row.id(), now.plus(wait), retry.reason());
            log.info("Alert {} to channel {} will be retried in {}s: {}", row.id(), row.channelId(),
                    wait.toSeconds(), LogText.shorten(retry.reason()));
        } else if (outcome instanceof SendOutcome.TargetMissing) {
            outbox.forgetStoryMessage(row.channelId(), row.storyKey());
            outbox.postpone(row.id(), now);
        } else if (outcome instanceof SendOutcome.NotHere) {
            outbox.postpone(row.id(), now.plus(timing.handoff()));
        } else if (outcome instanceof SendOutcome.GuildUnavailable unavailable) {
            outbox.postpone(row.id(), now.plus(GUILD_RECHECK));
            log.info("Alert {} to channel {} waits for its server: {}", row.id(), row.channelId(), unavailable.reason());
        } else if (outcome instanceof SendOutcome.Rejected rejected) {
            outbox.parkRow(row, rejected.reason());
            log.warn("Alert {} to channel {} was parked (the channel's later alerts go on): {}", row.id(),
                    row.channelId(), LogText.shorten(rejected.reason()));
        } else if (outcome instanceof SendOutcome.Permanent permanent) {
            park(row, permanent.reason());
        }
        return false;
    }

    /** The first process that sees a config route's channel records its server, so shards route it from then on. */
    private void learnGuild(String channelId) {
        try {
            sender.guildOf(channelId).ifPresent(guild -> {
                outbox.assignGuild(channelId, guild);
                subscriptions.assignGuild(channelId, guild);
            });
        } catch (RuntimeException e) {
            log.debug("Could not record the server of channel {}: {}", channelId, e.toString());
        }
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
}
