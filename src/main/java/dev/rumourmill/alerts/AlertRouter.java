package dev.rumourmill.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which channels receive a story: each channel at most once, however many of its subscriptions
 * match. Paused subscriptions receive nothing.
 */
final class AlertRouter {

    /** The channels to alert, each with the subscription that matched first (for its ping role and cap). */
    public List<Subscription> route(StoryAlert story, List<Subscription> subscriptions) {
        Set<String> players = keys(story.players());
        Set<String> clubs = keys(story.clubs());
        Map<String, Subscription> byChannel = new LinkedHashMap<>();
        for (Subscription subscription : subscriptions) {
            if (matches(subscription, story, players, clubs)) {
                byChannel.putIfAbsent(subscription.channelId(), subscription);
            }
        }
        return new ArrayList<>(byChannel.values());
    }

    /** Whether one subscription wants the story. */
    public boolean matches(Subscription subscription, StoryAlert story) {
        return matches(subscription, story, keys(story.players()), keys(story.clubs()));
    }

    /** A subscription's filters, in the order they are checked: the first that keeps a story out is its reason. */
    enum Filter { PAUSED, KIND, TIER, CONFIDENCE, NOT_FOLLOWED }

    /** The first filter that keeps the story from the subscription; empty when the subscription wants it. */
    Optional<Filter> firstFilter(Subscription subscription, StoryAlert story) {
        return firstFilter(subscription, story, keys(story.players()), keys(story.clubs()));
    }

    static boolean matches(Subscription subscription, StoryAlert story, Set<String> players, Set<String> clubs) {
        return firstFilter(subscription, story, players, clubs).isEmpty();
    }

    private static Optional<Filter> firstFilter(Subscription subscription, StoryAlert story, Set<String> players,
            Set<String> clubs) {
        if (subscription.paused()) {
            return Optional.of(Filter.PAUSED);
        }
        if (!subscription.kinds().contains(story.kind())) {
            return Optional.of(Filter.KIND);
        }
        if (story.bestSourceRank() > subscription.minTier()) {
            return Optional.of(Filter.TIER);
        }
        if (story.confidence() < subscription.minConfidence()) {
            return Optional.of(Filter.CONFIDENCE);
        }
        boolean followed = subscription.followsEverything()
                || subscription.clubs().stream().map(NameKey::of).anyMatch(clubs::contains)
                || subscription.players().stream().map(NameKey::of).anyMatch(players::contains);
        return followed ? Optional.empty() : Optional.of(Filter.NOT_FOLLOWED);
    }

    private static Set<String> keys(List<String> names) {
        return names.stream().map(NameKey::of).collect(Collectors.toSet());
    }
}
