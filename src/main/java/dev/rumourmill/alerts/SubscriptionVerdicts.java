package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says, in words, which of its filters kept a subscription from a story — the same checks, in the same order,
 * as {@link AlertRouter} — with the subscription's settings as they are now.
 */
final class SubscriptionVerdicts {

    private final GuildTiers guildTiers;
    private final AlertRouter router = new AlertRouter();

    SubscriptionVerdicts(GuildTiers guildTiers) {
        this.guildTiers = guildTiers;
    }

    /** Why the subscription did not want the decision's story; empty when it wants it. */
    Optional<String> filteredBecause(Subscription subscription, ArticleDecision decision, boolean everyServerFeed) {
        if (!everyServerFeed && subscription.guildId() == null) {
            return Optional.of("this bot-config.yml route's server is not known yet (the bot learns it at the route's "
                    + "first delivery), and until then only feeds of every server reach it");
        }
        if (subscription.paused()) {
            return Optional.of("paused: " + subscription.pausedReason() + " (run /alerts follow in the channel to resume)");
        }
        StoryAlert story = decision.routing().asAlert(decision.filing().storyKey());
        if (subscription.guildId() != null) {
            story = story.withSources(guildTiers.rate(story.sources(), subscription.guildId()));
        }
        if (!subscription.kinds().contains(story.kind())) {
            return Optional.of("kind: the story is a " + wire(story.kind()) + "; this channel follows "
                    + subscription.kinds().stream().sorted().map(SubscriptionVerdicts::wire).collect(Collectors.joining(", ")));
        }
        if (story.bestSourceRank() > subscription.minTier()) {
            String best = story.sources().isEmpty() ? "no named source (counts as tier 4)"
                    : story.sources().get(0).name() + " (" + story.sources().get(0).badge() + ")";
            return Optional.of("tier: the best source is " + best + ", below min-tier " + subscription.minTier());
        }
        if (story.confidence() < subscription.minConfidence()) {
            return Optional.of("confidence: " + percent(story.confidence()) + " is below min-confidence "
                    + percent(subscription.minConfidence()));
        }
        if (!router.matches(subscription, story)) {
            return Optional.of("not followed: this channel follows " + follows(subscription) + "; the story is about "
                    + String.join(", ", concat(story.players(), story.clubs())));
        }
        return Optional.empty();
    }

    private static String follows(Subscription subscription) {
        return String.join(", ", concat(subscription.clubs(), subscription.players()));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String wire(AlertKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String percent(double value) {
        return Math.round(value * 100) + "%";
    }
}
