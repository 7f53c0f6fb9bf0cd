package dev.rumourmill.config;

import java.net.URI;

/**
 * How the bot reaches Discord. The token is deliberately absent: it only ever comes from the
 * {@code DISCORD_TOKEN} environment variable.
 *
 * @param restBaseUrl  Discord's REST API, or a Discord REST proxy in front of it
 * @param devGuild     a guild (server) id whose commands are registered instantly, for testing
 * @param adminChannel a channel id for operational notices (disabled feeds, parked alerts)
 * @param shardTotal   total shards across all processes (0 = ask Discord)
 * @param shardFirst   first shard run by this process
 * @param shardLast    last shard run by this process (-1 = up to shardTotal - 1)
 */
public record DiscordProperties(
        URI restBaseUrl,
        String devGuild,
        String adminChannel,
        Integer shardTotal,
        Integer shardFirst,
        Integer shardLast) {

    public static final URI DISCORD_API = URI.create("https://discord.com/api/v10/");

    public DiscordProperties {
        restBaseUrl = restBaseUrl == null ? DISCORD_API : restBaseUrl;
        String scheme = restBaseUrl.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || restBaseUrl.getHost() == null) {
            throw new InvalidConfigException("rest-base-url", restBaseUrl,
                    "use an http(s) URL ending in /api/v10/ (or /api/v9/), e.g. " + DISCORD_API);
        }
        if (!restBaseUrl.getPath().endsWith("/")) {
            restBaseUrl = URI.create(restBaseUrl + "/");
        }
        // JDA appends routes such as "users/@me" to this address; any other ending reaches no Discord API at all.
        if (!restBaseUrl.getPath().endsWith("/api/v10/") && !restBaseUrl.getPath().endsWith("/api/v9/")) {
            throw new InvalidConfigException("rest-base-url", restBaseUrl,
                    "the address must end in /api/v10/ (or /api/v9/), e.g. " + DISCORD_API);
        }
        devGuild = Snowflakes.optional("dev-guild", devGuild);
        adminChannel = Snowflakes.optional("admin-channel", adminChannel);
        shardTotal = shardTotal == null ? 0 : shardTotal;
        shardFirst = shardFirst == null ? 0 : shardFirst;
        shardLast = shardLast == null ? -1 : shardLast;
        if (shardTotal < 0) {
            throw new InvalidConfigException("shard-total", shardTotal, "use 0 (let Discord decide) or a positive number");
        }
        if (shardFirst < 0 || (shardTotal > 0 && shardFirst >= shardTotal)) {
            throw new InvalidConfigException("shard-first", shardFirst, "use a shard number from 0 to shard-total - 1");
        }
        if (shardLast != -1 && (shardLast < shardFirst || (shardTotal > 0 && shardLast >= shardTotal))) {
            throw new InvalidConfigException("shard-last", shardLast,
                    "use -1 (all remaining shards) or a number from shard-first to shard-total - 1");
        }
    }

    public static DiscordProperties defaults() {
        return new DiscordProperties(null, null, null, null, null, null);
    }

    public boolean usesDiscordItself() {
        return "discord.com".equalsIgnoreCase(restBaseUrl.getHost());
    }
}
