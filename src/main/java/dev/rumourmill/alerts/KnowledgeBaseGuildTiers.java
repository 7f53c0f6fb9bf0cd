package dev.rumourmill.alerts;

import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.SourceTiers;
import java.util.List;

/** Applies the per-server entries of {@code sources.tiers} in bot-config.yml to a story's sources. */
class KnowledgeBaseGuildTiers implements GuildTiers {

    private final RumourEngineProvider engines;

    KnowledgeBaseGuildTiers(RumourEngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public List<SourceRef> rate(List<SourceRef> sources, String guildId) {
        if (guildId == null || sources.stream().allMatch(s -> s.id() == null)) {
            return sources;
        }
        KnowledgeBase knowledge = engines.knowledge();
        SourceTiers tiers = engines.tiers();
        return sources.stream()
                .map(ref -> ref.id() == null ? ref : knowledge.source(ref.id())
                        .map(source -> new SourceRef(ref.name(), tiers.tierOf(source, guildId), ref.id()))
                        .orElse(ref))
                .toList();
    }
}
