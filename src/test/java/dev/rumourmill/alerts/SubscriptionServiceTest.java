package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SubscriptionServiceTest {

    private static final String CHANNEL = "111111111111111111";

    private final TestDatabase db = TestDatabase.h2();
    private final SubscriptionStore store = new SubscriptionStore(db.jdbc());
    private final ClubNames clubs = typed -> Optional.ofNullable(Map.of("the reds", "Liverpool", "liverpool", "Liverpool",
            "spurs", "Tottenham Hotspur").get(typed.toLowerCase()));
    private final SubscriptionService service = new SubscriptionService(store, clubs, PlayerNames.asTyped(),
            new MutableClock(Instant.parse("2026-11-28T12:00:00Z")));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("following a club by nickname stores the canonical club once")
    void followByNickname() {
        String reply = service.follow(CHANNEL, "900000000000000000", FollowTarget.club("the Reds"), "admin#1");
        service.follow(CHANNEL, "900000000000000000", FollowTarget.club("Liverpool"), "admin#1");

        assertThat(reply).isEqualTo("This channel now follows Liverpool.");
        assertThat(service.list(CHANNEL)).singleElement().satisfies(s -> {
            assertThat(s.clubs()).containsExactly("Liverpool");
            assertThat(s.createdBy()).isEqualTo("admin#1");
        });
    }

    @Test
    @DisplayName("an unknown club is refused with a hint, and nothing is stored")
    void unknownClubIsRefused() {
        assertThatThrownBy(() -> service.follow(CHANNEL, null, FollowTarget.club("Nowhere United"), "a"))
                .hasMessageContaining("I don't know a club called \"Nowhere United\"");
        assertThat(service.list(CHANNEL)).isEmpty();
    }

    @Test
    @DisplayName("unfollowing the last name stops the channel's alerts instead of turning them into 'everything'")
    void unfollowLastName() {
        service.follow(CHANNEL, null, FollowTarget.club("Spurs"), "a");

        String reply = service.unfollow(CHANNEL, FollowTarget.club("spurs"));

        assertThat(reply).isEqualTo("This channel no longer follows Tottenham Hotspur.");
        assertThat(service.list(CHANNEL)).isEmpty();
    }

    @Test
    @DisplayName("following again resumes a channel that was paused after an error")
    void followResumes() {
        service.follow(CHANNEL, null, FollowTarget.club("Liverpool"), "a");
        store.pauseChannel(CHANNEL, "Missing Access");

        service.follow(CHANNEL, null, FollowTarget.player("Tomas Brennan"), "a");

        assertThat(service.list(CHANNEL)).singleElement().satisfies(s -> {
            assertThat(s.paused()).isFalse();
            assertThat(s.players()).containsExactly("Tomas Brennan");
        });
    }

    @Test
    @DisplayName("a follow target without a name is refused in plain words")
    void targetValidatesItself() {
        assertThatThrownBy(() -> FollowTarget.player(" ")).hasMessage("Give the player's name.");
    }
}
