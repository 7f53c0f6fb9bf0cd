package dev.rumourmill.alerts;

import java.time.Instant;
import java.util.Locale;

/**
 * When a channel's role is mentioned: only in the update that brings a story to one of the subscription's
 * {@code ping.at} stages, and once per story and channel — a later update, at the same or another listed
 * stage, mentions nobody. Only a new message (a first post, a reply, or a first post still queued) can ping:
 * Discord notifies nobody for a mention added by an edit. The ping is reserved in {@link StoryPingStore}
 * within the caller's transaction, so restarts and other processes never ping twice.
 */
final class StagePings {

    private final StoryPingStore store;

    StagePings(StoryPingStore store) {
        this.store = store;
    }

    /** Whether the subscription asks for a ping at the stage this update reached. */
    static boolean wanted(Subscription subscription, StoryAlert story) {
        return subscription.pingRole() != null && story.stage() != null
                && subscription.pingAt().contains(story.stage().toLowerCase(Locale.ROOT));
    }

    /** Whether a new message about the story pings: wanted, and the story's one ping in the channel is still free. */
    boolean pingNewMessage(Subscription subscription, StoryAlert story, Instant now) {
        return wanted(subscription, story) && store.reserve(subscription.channelId(), story.storyKey(),
                story.stage().toLowerCase(Locale.ROOT), now, now.minus(AlertPublisher.STORY_WINDOW));
    }

    /** Whether the story's first message, still queued, carries the ping: its newest form must keep it. */
    boolean pendingPostPings(Subscription subscription, StoryAlert story) {
        return store.pendingPostPings(subscription.channelId(), story.storyKey());
    }

    /** Gives a reserved ping back when the message that was to carry it could not be queued. */
    void release(Subscription subscription, StoryAlert story) {
        store.release(subscription.channelId(), story.storyKey());
    }
}
