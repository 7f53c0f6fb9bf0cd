package dev.rumourmill.alerts;

import dev.rumourmill.config.PostAs;
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
    private final TargetStore targets;
    private final TargetSteps steps;
    private final String claimant = java.util.UUID.randomUUID().toString();

    public AlertDelivery(OutboxStore outbox, SubscriptionStore subscriptions, AlertSender sender,
            List<AdminNotifier> notifiers, DeliveryTiming timing, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.notifiers = List.copyOf(notifiers);
        this.timing = timing;
        this.clock = clock;
        this.targets = outbox.targets();
        this.steps = new TargetSteps(targets, subscriptions);
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
        if (row.action() == OutboxAction.PUBLISH) {
            return publish(row, now);
        }
        Optional<String> target = row.action() == OutboxAction.POST
                ? Optional.empty()
                : targets.storyMessage(row.channelId(), row.storyKey());
        if (row.action() == OutboxAction.THREAD) {
            Optional<String> needless = steps.threadNeedless(row, target);
            if (needless.isPresent()) {
                outbox.markSuperseded(row.id(), needless.get(), now);
                return false;
            }
        } else if (row.action() != OutboxAction.POST && target.isEmpty() && outbox.postPending(row.channelId(), row.storyKey())) {
            // The story's first message is queued behind this row and already carries the newer state.
            outbox.markSuperseded(row.id(), "merged into the story's first message, still queued", now);
            return false;
        }
        // An edit or reply whose first message never went out (or was deleted) becomes that first message.
        boolean posts = row.action().postsNew() || row.action() == OutboxAction.EDIT && target.isEmpty();
        if (posts) {
            Optional<Instant> capped = hourlyCapReached(row.channelId(), now);
            if (capped.isPresent()) {
                outbox.postpone(row.id(), capped.get());
                return false;
            }
        }
        PostAs postAs = steps.postAs(row.channelId());
        if (posts && postAs == PostAs.FORUM) {
            targets.markUnderWay(row.id());
        }
        AlertMessage message = row.message();
        if (!posts && target.isPresent()) {
            // Discord cannot take a message out of components form, and an embed must stay one: an edit keeps the form
            // its message was sent in, also after the channel's style changed.
            message = message.withStyle(outbox.sentStyle(row.channelId(), target.get()));
        }
        String thread = row.action() == OutboxAction.POST ? null
                : targets.thread(row.channelId(), row.storyKey()).orElse(null);
        return settle(row, target, send(OutgoingAlert.of(row, target.orElse(null), thread, postAs, message)), now, postAs);
    }

    /** A publish waits while the channel is at Discord's hourly publish limit: queued, never dropped. */
    private boolean publish(OutboxRow row, Instant now) {
        Optional<Instant> limited = steps.publishLimitReached(row.channelId(), now);
        if (limited.isPresent()) {
            outbox.postpone(row.id(), limited.get());
            noticeOnce(row.channelId(), "Announcement channel " + row.channelId() + " reached Discord's limit of "
                    + TargetSteps.PUBLISHES_PER_HOUR + " published messages an hour: the alerts are posted there as usual "
                    + "and published later, in order, as the limit allows.", now);
            return false;
        }
        PostAs postAs = PostAs.ANNOUNCEMENT;
        return settle(row, Optional.of(row.messageId()), send(OutgoingAlert.of(row, row.messageId(), null, postAs)), now,
                postAs);
    }

    private SendOutcome send(OutgoingAlert alert) {
        try {
            return sender.send(alert);
        } catch (RuntimeException e) {
            // The outcome is unknown; the nonce (and for threads and publishes, Discord's own refusal to do them
            // twice) makes the resend safe.
            log.warn("Sending alert to channel {} failed: {}", alert.channelId(), LogText.shorten(e.toString()));
            return new SendOutcome.RetryLater("unexpected error: " + LogText.shorten(String.valueOf(e.getMessage())), null);
        }
    }

    private boolean settle(OutboxRow row, Optional<String> target, SendOutcome outcome, Instant now,
            PostAs postAs) {
        if (outcome instanceof SendOutcome.Sent sent) {
            // The message (and thread, and publish) first, the row second: once the row is sent, the channel's next
            // row (an edit of this story, perhaps claimed by another process at once) must find the message to edit.
            steps.recordSent(row, target, sent, postAs, now);
            outbox.markSent(row.id(), sent.messageId(), now);
            if (sent.notice() != null) {
                noticeOnce(row.channelId(), sent.notice(), now);
            }
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
            targets.forgetStoryMessage(row.channelId(), row.storyKey());
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
        tellAdmins(message);
    }

    private void noticeOnce(String channelId, String notice, Instant now) {
        if (steps.noticeDue(channelId, notice, now)) {
            tellAdmins(notice);
        }
    }

    private void tellAdmins(String message) {
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
