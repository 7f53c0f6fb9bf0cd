package dev.rumourmill.alerts;

import dev.rumourmill.alerts.SourceOutcomeRules.Outcome;
import dev.rumourmill.alerts.SourceOutcomeRules.Settlement;
import dev.rumourmill.alerts.SourceOutcomeStore.Claim;
import dev.rumourmill.alerts.SourceOutcomeStore.StoryRef;
import dev.rumourmill.rumours.RatedSource;
import dev.rumourmill.rumours.Story;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Learns sources' records from what came of their stories, one feed entry at a time (in its transaction): the
 * entry's sources claim the story for the servers that may see its feed, at the story's stage; when the story is
 * settled, every claim on it — and, for an official move, every open claim that the player moves elsewhere — gets
 * its outcome by {@link SourceOutcomeRules}. A server's claims are settled only by entries of feeds it may see.
 */
final class SourceOutcomes {

    /** How far back an official move settles the player's claims about other clubs. */
    static final Duration ELSEWHERE_HORIZON = Duration.ofDays(180);

    private final SourceOutcomeStore store;
    private final Clock clock;

    SourceOutcomes(SourceOutcomeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param story   the story the entry was filed into, as it stands now
     * @param sources the sources the entry's article cites
     * @param at      when the article was published
     */
    void learn(Story story, List<RatedSource> sources, FeedAudience audience, Instant at) {
        StoryRef ref = new StoryRef(story.id(), story.playerId() + ">" + (story.destinationClubId() == null ? "?"
                : story.destinationClubId()), story.playerId(), story.destinationClubId());
        store.nameDestination(ref);
        for (RatedSource source : sources) {
            if (source.id() == null || source.id().isBlank()) {
                continue;
            }
            for (String guild : guildKeys(audience)) {
                store.claim(new Claim(guild, ref, source.id(), source.name(), story.stage().wire(), at, null));
            }
        }
        SourceOutcomeRules.settlementAt(story.stage()).ifPresent(settlement -> {
            settle(store.claimsOn(story.id()), settlement, audience);
            if (settlement == Settlement.CONFIRMED && story.destinationClubId() != null) {
                settle(store.openClaimsElsewhere(story.playerId(), story.id(), story.destinationClubId(),
                        at.minus(ELSEWHERE_HORIZON)), Settlement.ELSEWHERE, audience);
            }
        });
    }

    /** Settles the claims of the servers that may see the feed; a claim every server shares is copied to each. */
    private void settle(List<Claim> claims, Settlement settlement, FeedAudience audience) {
        Instant now = clock.instant();
        for (Claim claim : visibleTo(claims, audience)) {
            Outcome outcome = SourceOutcomeRules.judge(claim.stage(), settlement, claim.outcome());
            if (outcome != claim.outcome()) {
                store.settle(claim, outcome, settlement, now);
            }
        }
    }

    /**
     * The claims this feed's news may settle: all of them for a feed every server sees; else its servers' own, plus
     * a copy for each of them of the every-server claims (which stay open for the servers that did not hear of it).
     */
    static List<Claim> visibleTo(List<Claim> claims, FeedAudience audience) {
        if (audience.everyServer()) {
            return claims;
        }
        List<Claim> visible = new ArrayList<>();
        for (Claim claim : claims) {
            if (audience.guilds().contains(claim.guildKey())) {
                visible.add(claim);
            }
        }
        for (Claim claim : claims) {
            if (SourceOutcomeStore.EVERY_SERVER.equals(claim.guildKey())) {
                for (String guild : audience.guilds()) {
                    boolean own = visible.stream().anyMatch(c -> c.guildKey().equals(guild) && c.sourceId().equals(claim.sourceId())
                            && c.story().id() == claim.story().id());
                    if (!own) {
                        visible.add(claim.forServer(guild));
                    }
                }
            }
        }
        return visible;
    }

    private static List<String> guildKeys(FeedAudience audience) {
        return audience.everyServer() ? List.of(SourceOutcomeStore.EVERY_SERVER) : List.copyOf(audience.guilds());
    }
}
