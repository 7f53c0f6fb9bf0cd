package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static dev.rumourmill.alerts.Stories.following;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlertRouterTest {

    private final AlertRouter router = new AlertRouter();

    private List<String> channels(StoryAlert story, Subscription... subscriptions) {
        return router.route(story, List.of(subscriptions)).stream().map(Subscription::channelId).toList();
    }

    @Test
    @DisplayName("a channel following a club gets the club's stories, whatever the accents and case")
    void clubFollowersGetTheStory() {
        Subscription liverpool = following("1", List.of("liverpool"), List.of());
        Subscription arsenal = following("2", List.of("Arsenal"), List.of());
        Subscription atletico = following("3", List.of("Atletico Madrid"), List.of());

        List<String> routed = channels(aStory().clubs("Atlético Madrid", "Liverpool").build(), liverpool, arsenal, atletico);

        assertThat(routed).containsExactly("1", "3");
    }

    @Test
    @DisplayName("a channel following a player gets the player's stories")
    void playerFollowersGetTheStory() {
        Subscription fan = following("1", List.of(), List.of("Martin Ødegaard"));

        assertThat(channels(aStory().players("Martin Odegaard").build(), fan)).containsExactly("1");
        assertThat(channels(aStory().players("Someone Else").build(), fan)).isEmpty();
    }

    @Test
    @DisplayName("a channel that follows nothing in particular gets everything")
    void followEverything() {
        assertThat(channels(aStory().build(), following("9", List.of(), List.of()))).containsExactly("9");
    }

    @Test
    @DisplayName("two matching subscriptions in one channel still mean one alert")
    void oneAlertPerChannel() {
        Subscription byClub = following("1", List.of("Liverpool"), List.of());
        Subscription byPlayer = following("1", List.of(), List.of("Tomas Brennan"));

        assertThat(channels(aStory().build(), byClub, byPlayer)).containsExactly("1");
    }

    @Test
    @DisplayName("kinds, minimum tier, minimum confidence and pauses filter channels out")
    void filters() {
        Instant t = Instant.EPOCH;
        Subscription confirmedOnly = Subscription.builder("1").kinds(Set.of(AlertKind.CONFIRMED)).createdBy("t").createdAt(t).build();
        Subscription tierOne = Subscription.builder("2").minTier(1).createdBy("t").createdAt(t).build();
        Subscription likelyOnly = Subscription.builder("3").minConfidence(0.8).createdBy("t").createdAt(t).build();
        Subscription paused = Subscription.builder("4").pausedReason("Missing Access").createdBy("t").createdAt(t)
                .build();
        Subscription open = following("5", List.of(), List.of());

        StoryAlert tierTwoRumour = aStory().sources(new SourceRef("Casey Reporter", "2")).confidence(0.6).build();

        assertThat(channels(tierTwoRumour, confirmedOnly, tierOne, likelyOnly, paused, open)).containsExactly("5");
    }

    @Test
    @DisplayName("an official source passes any tier filter; an unrated one counts as tier 4")
    void officialAndUnratedTiers() {
        Instant t = Instant.EPOCH;
        Subscription tierOne = Subscription.builder("2").minTier(1).createdBy("t").createdAt(t).build();

        assertThat(channels(aStory().sources(new SourceRef("Liverpool FC", "official")).build(), tierOne)).containsExactly("2");
        assertThat(channels(aStory().sources(new SourceRef("Random Blog", null)).build(), tierOne)).isEmpty();
    }
}
