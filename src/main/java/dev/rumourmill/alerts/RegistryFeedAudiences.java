package dev.rumourmill.alerts;

import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedSource;
import java.util.HashSet;
import java.util.Set;

/**
 * Feed ownership as the feeds feature records it ({@code feed_guild}). Read for every entry, inside the
 * entry's transaction, so a server that removed a feed a moment ago gets nothing more from it.
 */
final class RegistryFeedAudiences implements FeedAudiences {

    private final FeedRegistry registry;

    RegistryFeedAudiences(FeedRegistry registry) {
        this.registry = registry;
    }

    @Override
    public FeedAudience of(FeedSource feed) {
        Set<String> guilds = new HashSet<>(registry.guildsOf(feed));
        return guilds.remove(FeedRegistry.EVERY_GUILD) ? FeedAudience.EVERY_SERVER : FeedAudience.of(guilds);
    }
}
