package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says, in words, which of its filters kept a subscription from a story — {@link AlertRouter#firstFilter}, the
 * router's own checks — with the subscription's settings as they are now.
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
        StoryAlert story = decision.routing().asAlert(decision.filing().storyKey());
        StoryAlert rated = subscription.guildId() == null ? story
                : story.withSources(guildTiers.rate(story.sources(), subscription.guildId()));
        return router.firstFilter(subscription, rated).map(filter -> reason(filter, subscription, rated));
    }

    private static String reason(AlertRouter.Filter filter, Subscription subscription, StoryAlert story) {
        return switch (filter) {
            case PAUSED -> "paused: " + subscription.pausedReason() + " (run /alerts follow in the channel to resume)";
            case KIND -> "kind: the story is a " + wire(story.kind()) + "; this channel follows "
                    + subscription.kinds().stream().sorted().map(SubscriptionVerdicts::wire).collect(Collectors.joining(", "));
            case TIER -> "tier: the best source is " + (story.sources().isEmpty() ? "no named source (counts as tier 4)"
                    : story.sources().get(0).name() + " (" + story.sources().get(0).badge() + ")")
                    + ", below min-tier " + subscription.minTier();
            case CONFIDENCE -> "confidence: " + percent(story.confidence()) + " is below min-confidence "
                    + percent(subscription.minConfidence());
            case NOT_FOLLOWED -> "not followed: this channel follows " + follows(subscription) + "; the story is about "
                    + String.join(", ", concat(story.players(), story.clubs()));
        };
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
