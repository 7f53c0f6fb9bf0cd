package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionVerdictsTest {

    private final SubscriptionVerdicts verdicts = new SubscriptionVerdicts(GuildTiers.sameEverywhere());

    /** A rumour about Tomas Brennan to Northport Athletic, told by one tier-3 reporter, 55% likely. */
    private static ArticleDecision rumour() {
        return new ArticleDecision(1, new ArticleDecision.Entry(1, "https://gazette.example/a", "t", Instant.EPOCH),
                new ArticleDecision.Reading("rumour", 0.9, List.of()),
                new ArticleDecision.Filing("p1>c9", "NEW_STORY", "started story #1"),
                new ArticleDecision.Routing(AlertKind.RUMOUR, "talks", 0.55, List.of("Tomas Brennan"),
                        List.of("Northport Athletic", "Harbour Town"), List.of(new SourceRef("Casey Reporter", "3")), List.of()));
    }

    private static SubscriptionBuilder channel() {
        return Subscription.builder("100").guildId("9").clubs(List.of("Harbour Town"));
    }

    @Test
    @DisplayName("a subscription that wants the story has no reason")
    void wanted() {
        assertThat(verdicts.filteredBecause(channel().build(), rumour(), true)).isEmpty();
    }

    @Test
    @DisplayName("each filter names itself with the story's value and the subscription's setting")
    void eachFilterNamesItself() {
        assertThat(verdicts.filteredBecause(channel().kinds(Set.of(AlertKind.CONFIRMED)).build(), rumour(), true))
                .hasValue("kind: the story is a rumour; this channel follows confirmed");
        assertThat(verdicts.filteredBecause(channel().minTier(2).build(), rumour(), true))
                .hasValue("tier: the best source is Casey Reporter (tier 3), below min-tier 2");
        assertThat(verdicts.filteredBecause(channel().minConfidence(0.7).build(), rumour(), true))
                .hasValue("confidence: 55% is below min-confidence 70%");
        assertThat(verdicts.filteredBecause(channel().clubs(List.of("Millbrook")).build(), rumour(), true))
                .hasValue("not followed: this channel follows Millbrook; the story is about Tomas Brennan, Northport "
                        + "Athletic, Harbour Town");
        assertThat(verdicts.filteredBecause(channel().pausedReason("Missing permission Send Messages").build(), rumour(), true))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("paused: Missing permission Send Messages"));
    }

    @Test
    @DisplayName("a config route whose server is not known yet gets only feeds of every server")
    void unknownServerRoute() {
        Subscription route = Subscription.builder("100").origin(Subscription.Origin.CONFIG).build();
        assertThat(verdicts.filteredBecause(route, rumour(), false))
                .hasValueSatisfying(reason -> assertThat(reason).contains("server is not known yet"));
        assertThat(verdicts.filteredBecause(route, rumour(), true)).isEmpty();
    }

    @Test
    @DisplayName("a server's own tiers decide its tier filter")
    void serverTiers() {
        var rated = new SubscriptionVerdicts((sources, guild) -> sources.stream()
                .map(s -> new SourceRef(s.name(), "1", s.id())).toList());
        assertThat(rated.filteredBecause(channel().minTier(2).build(), rumour(), true)).isEmpty();
    }
}
