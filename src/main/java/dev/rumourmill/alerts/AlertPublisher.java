package dev.rumourmill.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Routes a story to the channels that follow it and writes one outbox row per channel. It runs inside the
 * caller's transaction (the one that marks the feed entry processed), so an entry is either fully
 * turned into outbox rows or retried — never half-done, never done twice.
 */
public class AlertPublisher {

    /** A story key seen again within this window is the same story (the rumour engine's window). */
    static final java.time.Duration STORY_WINDOW = java.time.Duration.ofDays(14);

    private final SubscriptionStore subscriptions;
    private final OutboxStore outbox;
    private final DigestStore digests;
    private final GuildTiers guildTiers;
    private final AlertRouter router = new AlertRouter();
    private final AlertMessageFactory messages = new AlertMessageFactory();
    private final StagePings pings;
    private final AlertStyles styles;
    private final Clock clock;

    /** @param guildTiers each server's own source tiers ({@link GuildTiers#sameEverywhere()} when there are none) */
    public AlertPublisher(SubscriptionStore subscriptions, OutboxStore outbox, DigestStore digests, GuildTiers guildTiers,
            Clock clock) {
        this(subscriptions, outbox, digests, guildTiers, AlertStyles.EMBEDS, clock);
    }

    /** @param styles the form each channel's alerts take (an edit keeps the form its message was sent in) */
    AlertPublisher(SubscriptionStore subscriptions, OutboxStore outbox, DigestStore digests, GuildTiers guildTiers,
            AlertStyles styles,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.digests = digests;
        this.guildTiers = guildTiers;
        this.pings = new StagePings(outbox.pings());
        this.styles = styles;
        this.clock = clock;
    }

    /**
     * Routes a story every server may see (as a bot-config.yml feed without {@code guilds:} reports it).
     *
     * @return the ids of the channels the story was routed to
     */
    public List<String> publish(StoryAlert story) {
        return publish(story, FeedAudience.EVERY_SERVER);
    }

    /**
     * Routes the story to the channels of the servers that may see the feed that reported it (a new post,
     * an edit or a reply alike: another server's feed never changes a server's message), with each
     * subscription's server's own tiers (for its tier filter and badges), and queues one alert per channel.
     *
     * @return the ids of the channels the story was routed to
     */
    List<String> publish(StoryAlert story, FeedAudience audience) {
        java.util.Map<String, StoryAlert> byChannel = new java.util.LinkedHashMap<>();
        java.util.Map<String, Subscription> targets = new java.util.LinkedHashMap<>();
        for (Subscription subscription : subscriptions.all()) {
            if (targets.containsKey(subscription.channelId()) || !audience.includes(subscription.guildId())) {
                continue;
            }
            StoryAlert rated = subscription.guildId() == null ? story
                    : story.withSources(guildTiers.rate(story.sources(), subscription.guildId()));
            if (router.matches(subscription, rated)) {
                targets.put(subscription.channelId(), subscription);
                byChannel.put(subscription.channelId(), rated);
            }
        }
        List<String> alerted = new java.util.ArrayList<>();
        targets.forEach((channel, target) -> {
            boolean digest = target.digest() != null && target.digest().collects(clock.instant());
            if (digest ? collect(byChannel.get(channel), target) : enqueue(byChannel.get(channel), target)) {
                alerted.add(channel);
            }
        });
        return List.copyOf(alerted);
    }

    /** Queues a harmless sample alert for one channel, so an admin can see the bot may post there. */
    public void publishTest(String channelId, String requestedBy) {
        Subscription plain = Subscription.builder(channelId).createdBy(requestedBy).createdAt(clock.instant()).build();
        StoryAlert sample = StoryAlert.builder("test-" + clock.millis())
                .kind(dev.rumourmill.config.AlertKind.RUMOUR)
                .headline("Test alert: this channel can receive rumours")
                .summary("This is what an alert looks like. Requested by " + requestedBy + ".")
                .sources(List.of(new SourceRef("Rumour Mill", "official")))
                .confidence(1.0)
                .feedName("/alerts test")
                .publishedAt(clock.instant())
                .build();
        outbox.reservePost(channelId, sample.storyKey(), clock.instant(), clock.instant());
        outbox.enqueue(channelId, null, sample.storyKey(), OutboxAction.POST,
                messages.create(sample, plain).withStyle(styles.of(channelId)), clock.instant());
    }

    /**
     * Keeps the story for the channel's next digest instead of alerting now (a digest mentions nobody); a catch-up
     * only when the channel's digests do not have the story yet.
     */
    private boolean collect(StoryAlert story, Subscription target) {
        Instant now = clock.instant();
        if (story.update() == StoryUpdate.CATCH_UP && digests.hasStory(target.channelId(), story.storyKey(),
                now.minus(STORY_WINDOW))) {
            return false;
        }
        digests.add(target.channelId(), guildOf(target), DigestEntry.of(story, target), now);
        return true;
    }

    /** Queues the channel's alert; false when there is nothing to send it (a catch-up it does not need). */
    private boolean enqueue(StoryAlert story, Subscription target) {
        String channel = target.channelId();
        dev.rumourmill.config.AlertStyle style = styles.of(channel);
        Long guild = guildOf(target);
        Instant now = clock.instant();
        // The database allows one first message per channel and story: whoever reserves it posts the whole story
        // (also an update, when this channel's server first sees the story now); everyone else updates it. Only a
        // new story takes over a reservation older than the story window: an update of a long-running story
        // edits its message, however old.
        Instant staleBefore = story.update() == StoryUpdate.NEW_STORY ? now.minus(STORY_WINDOW) : Instant.EPOCH;
        if (outbox.reservePost(channel, story.storyKey(), now, staleBefore)) {
            AlertMessage first = messages.create(story, target, pings.pingNewMessage(target, story, now)).withStyle(style);
            outbox.enqueue(channel, guild, story.storyKey(), OutboxAction.POST, first, now);
            if (target.postAs() == dev.rumourmill.config.PostAs.THREAD) {
                // Right behind its message in the channel's queue, so the story's later replies find the thread.
                outbox.enqueue(channel, guild, story.storyKey(), OutboxAction.THREAD, first, now);
            }
            return true;
        }
        switch (story.update()) {
            case CATCH_UP -> {
                return false;
            }
            case NEW_STORY, NEW_SOURCE -> {
                // Already posted or queued (another feed, thread or process got there first, or a restart emptied
                // the story clusterer): update it. Not sent yet? Then the first message simply goes out in its
                // newest form (a new message: it may ping).
                boolean pending = outbox.postPending(channel, story.storyKey());
                boolean keeps = pending && pings.pendingPostPings(target, story);
                boolean reserved = pending && !keeps && pings.pingNewMessage(target, story, now);
                AlertMessage newest = messages.create(story, target, keeps || reserved).withStyle(style);
                if (!pending || !outbox.replacePendingPost(channel, story.storyKey(), newest, now)) {
                    if (reserved) {
                        pings.release(target, story);
                    }
                    // An edit never pings: Discord notifies nobody for a mention added by an edit.
                    outbox.enqueue(channel, guild, story.storyKey(), OutboxAction.EDIT,
                            messages.create(story, target).withStyle(style), now);
                }
            }
            case STAGE_CHANGE -> outbox.enqueue(channel, guild, story.storyKey(), OutboxAction.REPLY,
                    messages.stageChange(story, target, pings.pingNewMessage(target, story, now)).withStyle(style), now);
        }
        return true;
    }

    static Long guildOf(Subscription subscription) {
        try {
            return subscription.guildId() == null ? null : Long.parseLong(subscription.guildId());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
