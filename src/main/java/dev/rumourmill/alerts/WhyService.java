package dev.rumourmill.alerts;

import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code /why link:}: gathers what the bot decided about an article for one server — the entries of the feeds
 * that server may see, and for each, that server's channels: queued (with how far the alert got) or filtered,
 * and by what. Another server's feeds, channels and decisions never appear: an article only another server's
 * feed reported is answered like one never seen.
 */
public class WhyService {

    /** The newest entries of one article shown (one per feed that had it, usually one or two). */
    static final int SIGHTINGS = 5;

    private final DecisionStore decisions;
    private final DeliveryLookup deliveries;
    private final SubscriptionStore subscriptions;
    private final OutboxStore outbox;
    private final FeedRegistry feeds;
    private final SubscriptionVerdicts verdicts;
    private final Clock clock;

    WhyService(DecisionStore decisions, DeliveryLookup deliveries, SubscriptionStore subscriptions, OutboxStore outbox,
            FeedRegistry feeds, SubscriptionVerdicts verdicts, Clock clock) {
        this.decisions = decisions;
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.feeds = feeds;
        this.verdicts = verdicts;
        this.clock = clock;
    }

    /**
     * @param guildId         the server asking
     * @param channelInServer whether a channel belongs to that server: for bot-config.yml routes whose server
     *                        the bot has not recorded yet
     */
    public WhyReport explain(String link, String guildId, Predicate<String> channelInServer) {
        List<DecisionStore.Found> found = decisions.find(link, guildId, SIGHTINGS);
        if (found.isEmpty()) {
            return new WhyReport(link, List.of(), feeds.visibleTo(guildId).stream().map(FeedSource::name).toList());
        }
        Map<String, List<Subscription>> channels = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions.all()) {
            boolean ours = guildId.equals(subscription.guildId())
                    || subscription.guildId() == null && channelInServer.test(subscription.channelId());
            if (ours) {
                channels.computeIfAbsent(subscription.channelId(), channel -> new ArrayList<>()).add(subscription);
            }
        }
        List<WhyReport.Sighting> sightings = new ArrayList<>();
        for (DecisionStore.Found one : found) {
            List<WhyReport.ChannelVerdict> judged = new ArrayList<>();
            if (one.decision().routing() != null) {
                channels.forEach((channel, subs) -> judged.add(judge(channel, subs, one)));
            }
            sightings.add(new WhyReport.Sighting(one.decision(), one.feedName(), judged));
        }
        return new WhyReport(link, sightings, List.of());
    }

    private WhyReport.ChannelVerdict judge(String channel, List<Subscription> subs, DecisionStore.Found found) {
        ArticleDecision decision = found.decision();
        String storyKey = decision.filing().storyKey();
        if (decision.routing().channels().contains(channel)) {
            Optional<WhyReport.Delivery> queued = deliveries.queuedSince(channel, storyKey, decision.entry().fetchedAt())
                    .or(() -> deliveries.firstMessage(channel, storyKey));
            return new WhyReport.ChannelVerdict(channel, WhyReport.Outcome.QUEUED, "followed: this article queued an alert here",
                    queued.map(delivery -> withCap(channel, subs, delivery)).orElse(null));
        }
        List<String> reasons = new ArrayList<>();
        for (Subscription subscription : subs) {
            Optional<String> filtered = verdicts.filteredBecause(subscription, decision, found.everyServerFeed());
            if (filtered.isEmpty()) {
                return new WhyReport.ChannelVerdict(channel, WhyReport.Outcome.NOTHING_NEW, "followed, but this article "
                        + "queued nothing here: the channel already had the story and this report brought nothing new for "
                        + "it (or the channel's settings changed since)",
                        deliveries.firstMessage(channel, storyKey).map(delivery -> withCap(channel, subs, delivery)).orElse(null));
            }
            String origin = subscription.origin() == Subscription.Origin.CONFIG ? "bot-config.yml route" : "/alerts subscription";
            reasons.add(subs.size() > 1 ? origin + ": " + filtered.get() : filtered.get());
        }
        return new WhyReport.ChannelVerdict(channel, WhyReport.Outcome.FILTERED, String.join("; ", reasons), null);
    }

    /** Marks a waiting first message or reply that the channel's hourly cap holds back. */
    private WhyReport.Delivery withCap(String channel, List<Subscription> subs, WhyReport.Delivery delivery) {
        Instant now = clock.instant();
        if (delivery.progress().status() != OutboxRow.Status.PENDING || !delivery.progress().nextAttemptAt().isAfter(now)
                || delivery.action() == OutboxAction.EDIT) {
            return delivery;
        }
        int cap = subs.stream().mapToInt(Subscription::maxPerHour).min().orElse(AlertDelivery.DEFAULT_MAX_PER_HOUR);
        return delivery.capped(outbox.postsSentSince(channel, now.minus(Duration.ofHours(1))).size() >= cap);
    }
}
