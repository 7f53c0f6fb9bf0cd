package dev.rumourmill.alerts;

import java.util.List;

/** A server's own view of its sources' reliability: communities disagree, so tiers can differ per guild. */
@FunctionalInterface
interface GuildTiers {

    /** The sources rated as {@code guildId} rates them (unchanged where it has no opinion). */
    List<SourceRef> rate(List<SourceRef> sources, String guildId);

    static GuildTiers sameEverywhere() {
        return (sources, guildId) -> sources;
    }
}
