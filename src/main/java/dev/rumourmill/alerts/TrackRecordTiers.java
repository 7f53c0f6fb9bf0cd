package dev.rumourmill.alerts;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A server's tiers with its sources' records: each source carries its record on the server (shown in alerts once
 * there is one) and, where the server learns tiers ({@code sources.learn-tiers}), the tier its record earned —
 * never for a source whose tier an admin set, nor for official sources or aggregators.
 */
final class TrackRecordTiers implements GuildTiers {

    private final GuildTiers configured;
    private final SourceOutcomeStore outcomes;
    private final BiPredicate<String, String> setByAdmin;
    private final boolean learnTiers;

    /**
     * @param configured the tiers from bot-config.yml
     * @param setByAdmin whether an admin set a source's (id) tier on a server (id)
     */
    TrackRecordTiers(GuildTiers configured, SourceOutcomeStore outcomes, BiPredicate<String, String> setByAdmin,
            boolean learnTiers) {
        this.configured = configured;
        this.outcomes = outcomes;
        this.setByAdmin = setByAdmin;
        this.learnTiers = learnTiers;
    }

    @Override
    public List<SourceRef> rate(List<SourceRef> sources, String guildId) {
        List<SourceRef> rated = configured.rate(sources, guildId);
        List<String> ids = rated.stream().map(SourceRef::id).filter(Objects::nonNull).distinct().toList();
        if (guildId == null || ids.isEmpty()) {
            return rated;
        }
        Map<String, TrackRecord> records = outcomes.recordsOf(guildId, ids);
        return rated.stream().map(ref -> {
            TrackRecord record = ref.id() == null ? TrackRecord.NONE : records.getOrDefault(ref.id(), TrackRecord.NONE);
            SourceRef withRecord = ref.withRecord(record);
            return learns(withRecord, guildId) ? SourceOutcomeRules.learnedTier(record).map(withRecord::withTier)
                    .orElse(withRecord) : withRecord;
        }).toList();
    }

    private boolean learns(SourceRef ref, String guildId) {
        return learnTiers && ref.id() != null && !"official".equals(ref.tier()) && !"aggregator".equals(ref.tier())
                && !setByAdmin.test(ref.id(), guildId);
    }
}
