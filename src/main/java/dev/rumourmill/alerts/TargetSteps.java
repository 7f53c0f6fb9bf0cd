package dev.rumourmill.alerts;

import dev.rumourmill.config.PostAs;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What alert targets add to a plain send: which target a channel wants, when a thread needs no starting, the
 * hourly publish limit of announcement channels, and what a sent row leaves behind (the story's message and
 * thread, the publish of a new announcement). Every step is recorded before its row is marked sent, so a crash
 * in between makes the step run again — and every step is safe to run again (see {@code DiscordTargets}).
 */
class TargetSteps {

    /** Discord publishes at most 10 messages an hour from one announcement channel. */
    static final int PUBLISHES_PER_HOUR = 10;
    /** A notice that holds (tags the bot may not create, the publish limit) is repeated at most once a day. */
    static final Duration NOTICE_QUIET = Duration.ofDays(1);

    private final TargetStore targets;
    private final SubscriptionStore subscriptions;

    TargetSteps(TargetStore targets, SubscriptionStore subscriptions) {
        this.targets = targets;
        this.subscriptions = subscriptions;
    }

    /** How the channel's alerts are posted: as its /alerts subscription says, else as bot-config.yml says. */
    PostAs postAs(String channelId) {
        return subscriptions.forChannel(channelId).stream()
                .min(Comparator.comparing(s -> s.origin() == Subscription.Origin.COMMAND ? 0 : 1))
                .map(Subscription::postAs).orElse(PostAs.MESSAGE);
    }

    /** Why a THREAD row has nothing to do (no message to start it on, or the story has its thread), if so. */
    Optional<String> threadNeedless(OutboxRow row, Optional<String> storyMessage) {
        if (storyMessage.isEmpty()) {
            return Optional.of("no message to start the story's thread on (parked or deleted)");
        }
        if (targets.thread(row.channelId(), row.storyKey()).isPresent()) {
            return Optional.of("the story has its thread already");
        }
        return Optional.empty();
    }

    /** When the channel may publish again, if it published {@value #PUBLISHES_PER_HOUR} messages in the last hour. */
    Optional<Instant> publishLimitReached(String channelId, Instant now) {
        List<Instant> published = targets.publishesSince(channelId, now.minus(Duration.ofHours(1)));
        if (published.size() < PUBLISHES_PER_HOUR) {
            return Optional.empty();
        }
        return Optional.of(published.get(published.size() - PUBLISHES_PER_HOUR).plus(Duration.ofHours(1)));
    }

    /**
     * Records what a sent row made: a new first message of the story (and its forum post), the thread started on
     * it, and — in an announcement channel — queues the publish of every new message in the publish lane.
     *
     * @param storyMessage the story's message the row was about, empty when the row posted the story anew
     */
    void recordSent(OutboxRow row, Optional<String> storyMessage, SendOutcome.Sent sent, PostAs postAs, Instant now) {
        if (row.action() == OutboxAction.PUBLISH) {
            return;
        }
        if (storyMessage.isEmpty()) {
            targets.rememberStoryMessage(row.channelId(), row.storyKey(), sent.messageId(), now);
        }
        if (sent.threadId() != null && (storyMessage.isEmpty() || row.action() == OutboxAction.THREAD)) {
            targets.rememberThread(row.channelId(), row.storyKey(), sent.threadId());
        }
        boolean newMessage = row.action().postsNew() || row.action() == OutboxAction.EDIT && storyMessage.isEmpty();
        if (postAs == PostAs.ANNOUNCEMENT && newMessage) {
            targets.enqueuePublish(row.channelId(), row.guildId(), row.storyKey(), sent.messageId(), row.message(), now);
        }
    }

    /** True when the admins should hear {@code notice} about the channel now (once, then at most daily). */
    boolean noticeDue(String channelId, String notice, Instant now) {
        return targets.noticeOnce(channelId, notice, now, NOTICE_QUIET);
    }
}
