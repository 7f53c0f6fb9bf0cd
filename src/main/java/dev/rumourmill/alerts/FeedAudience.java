package dev.rumourmill.alerts;

import java.util.Set;

/**
 * The servers that may see what a feed reports: those that own it ({@code /feeds add}, or bot-config.yml
 * with {@code guilds:}), or every server for a bot-config.yml feed listed without {@code guilds:}. An
 * alert goes only to channels of these servers, so one server's feeds never reach another's channels.
 *
 * @param guilds      the owning servers' ids
 * @param everyServer whether the feed belongs to every server
 */
record FeedAudience(Set<String> guilds, boolean everyServer) {

    /** A feed every server may see (a bot-config.yml feed without {@code guilds:}). */
    static final FeedAudience EVERY_SERVER = new FeedAudience(Set.of(), true);

    FeedAudience {
        guilds = Set.copyOf(guilds);
    }

    static FeedAudience of(Set<String> guilds) {
        return new FeedAudience(guilds, false);
    }

    /**
     * Whether a channel of this server may receive the feed's news. A channel whose server is not known
     * yet (a bot-config.yml route before its first delivery) receives only feeds of every server.
     */
    boolean includes(String guildId) {
        return everyServer || guildId != null && guilds.contains(guildId);
    }
}
