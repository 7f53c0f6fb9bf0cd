package dev.rumourmill.alerts;

import java.util.List;

/**
 * The {@code /sources} use case: the journalists and outlets whose reports reached a server through its feeds, with
 * the tier they have there and their record — settled stories first. Only the server's own claims and those of
 * feeds every server sees count (docs/alerts.md#source-records).
 */
public class SourceRecords {

    private final SourceOutcomeStore outcomes;
    private final GuildTiers configured;
    private final GuildTiers applied;

    /**
     * @param configured the tiers bot-config.yml gives
     * @param applied    the tiers alerts use (with learned tiers, when the bot learns them)
     */
    SourceRecords(SourceOutcomeStore outcomes, GuildTiers configured, GuildTiers applied) {
        this.outcomes = outcomes;
        this.configured = configured;
        this.applied = applied;
    }

    /**
     * One source on one server.
     *
     * @param badge   its tier there as alerts show it: "tier 2", "official", "unrated" …
     * @param learned whether its record set that tier ({@code sources.learn-tiers})
     * @param open    how many of its stories are not settled yet
     */
    public record Listing(String name, String badge, boolean learned, TrackRecord record, int open) {
    }

    /** The server's sources, most settled stories first. */
    public List<Listing> of(String guildId) {
        if (guildId == null) {
            return List.of();
        }
        List<SourceOutcomeStore.Standing> standings = outcomes.standingsOf(guildId);
        List<SourceRef> refs = standings.stream().map(s -> new SourceRef(s.name(), null, s.sourceId())).toList();
        List<SourceRef> base = configured.rate(refs, guildId);
        List<SourceRef> rated = applied.rate(refs, guildId);
        return java.util.stream.IntStream.range(0, standings.size()).mapToObj(i -> new Listing(standings.get(i).name(),
                rated.get(i).badge(), !java.util.Objects.equals(base.get(i).tier(), rated.get(i).tier()),
                standings.get(i).record(), standings.get(i).open())).toList();
    }
}
