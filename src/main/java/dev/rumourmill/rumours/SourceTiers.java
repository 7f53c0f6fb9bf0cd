package dev.rumourmill.rumours;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tier that applies to a source on a server: the server's own override, else an override for every
 * server, else the knowledge base default. Overrides name sources as they are written ("Fabrizio
 * Romano", "The Sun"); any alias of a known source works. Immutable.
 */
public final class SourceTiers {

    public static final Set<String> TIERS = Set.of("official", "1", "2", "3", "4", "aggregator");

    /**
     * One override, as plain values (the config layer maps its records onto these).
     *
     * @param guildId a server id, or null for every server
     */
    public record Override(String name, String tier, String guildId) {

        public Override {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a tier override needs the source's name");
            }
            if (!TIERS.contains(tier)) {
                throw new IllegalArgumentException("tier '" + tier + "' for " + name + " is not one of " + TIERS);
            }
        }
    }

    private static final String EVERY_SERVER = "";

    private final Map<String, Map<String, String>> byGuild;

    private SourceTiers(Map<String, Map<String, String>> byGuild) {
        this.byGuild = byGuild;
    }

    public static SourceTiers defaults() {
        return new SourceTiers(Map.of());
    }

    /** Overrides keyed by the source they resolve to (unknown names are kept as written, folded). */
    public static SourceTiers of(List<Override> overrides, KnowledgeBase knowledge) {
        Map<String, String> idsByAlias = new HashMap<>();
        for (Alias alias : knowledge.aliases()) {
            if (alias.kind() == EntityKind.SOURCE) {
                idsByAlias.putIfAbsent(alias.folded(), alias.id());
            }
        }
        Map<String, Map<String, String>> byGuild = new HashMap<>();
        for (Override o : overrides) {
            String folded = FoldedText.fold(o.name());
            String key = idsByAlias.getOrDefault(folded, KnowledgeBase.slug(o.name()));
            byGuild.computeIfAbsent(o.guildId() == null ? EVERY_SERVER : o.guildId(), g -> new HashMap<>())
                    .put(key, o.tier());
        }
        byGuild.replaceAll((guild, tiers) -> Map.copyOf(tiers));
        return new SourceTiers(Map.copyOf(byGuild));
    }

    /** The tier of {@code source} on {@code guildId} (null = no particular server). */
    public String tierOf(Source source, String guildId) {
        if (guildId != null) {
            String tier = byGuild.getOrDefault(guildId, Map.of()).get(source.id());
            if (tier != null) {
                return tier;
            }
        }
        String tier = byGuild.getOrDefault(EVERY_SERVER, Map.of()).get(source.id());
        return tier != null ? tier : source.defaultTier();
    }

    /** Whether an admin set this source's tier for the server or for every server (so nothing else may change it). */
    public boolean isSetByAdmin(String sourceId, String guildId) {
        return guildId != null && byGuild.getOrDefault(guildId, Map.of()).containsKey(sourceId)
                || byGuild.getOrDefault(EVERY_SERVER, Map.of()).containsKey(sourceId);
    }

    /** The same analysis rated for one server. */
    public List<RatedSource> rate(List<RatedSource> sources, String guildId) {
        return sources.stream()
                .map(s -> new RatedSource(s.id(), s.name(), s.kind(),
                        tierOf(new Source(s.id(), s.name(), s.kind(), s.tier()), guildId)))
                .toList();
    }
}
