package dev.rumourmill.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything a user can set in bot-config.yml, bound once at start-up and immutable afterwards.
 * Each section validates itself in its constructor; missing sections take safe defaults.
 */
@ConfigurationProperties
public record BotProperties(
        DiscordProperties discord,
        List<FeedProperties> feeds,
        PollingProperties polling,
        List<AlertRouteProperties> alerts,
        SourcesProperties sources,
        StorageProperties storage,
        HealthProperties health,
        ContractsProperties contracts) {

    public BotProperties {
        discord = discord == null ? DiscordProperties.defaults() : discord;
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
        polling = polling == null ? PollingProperties.defaults() : polling;
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        sources = sources == null ? SourcesProperties.defaults() : sources;
        storage = storage == null ? StorageProperties.defaults() : storage;
        health = health == null ? HealthProperties.defaults() : health;
        contracts = contracts == null ? ContractsProperties.defaults() : contracts;
        requireUniqueFeedUrls(feeds);
    }

    /** The configuration used when there is no bot-config.yml at all. */
    public static BotProperties defaults() {
        return new BotProperties(null, null, null, null, null, null, null, null);
    }

    private static void requireUniqueFeedUrls(List<FeedProperties> feeds) {
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < feeds.size(); i++) {
            String url = feeds.get(i).url().toString();
            if (!seen.add(url)) {
                throw new InvalidConfigException("feeds[" + i + "].url", url,
                        "this feed is listed twice; remove one of the entries");
            }
        }
    }
}
