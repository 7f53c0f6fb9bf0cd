package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.rumours.RatedSource;
import dev.rumourmill.rumours.SourceKind;
import dev.rumourmill.rumours.Story;
import dev.rumourmill.rumours.StoryStage;
import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A server's tiers with records: the record is attached; opted in, 5 settled stories earn a tier, never over an admin's. */
class TrackRecordTiersTest {

    private static final String KOP = "900000000000000001";
    private final TestDatabase db = TestDatabase.h2();
    private final SourceOutcomeStore store = new SourceOutcomeStore(db.jdbc());
    private final List<SourceRef> sources = List.of(new SourceRef("Mail Sport", "3", "mail-sport"),
            new SourceRef("The Sun", "3", "the-sun"), new SourceRef("Club site", "official", "club-site"));

    @BeforeEach
    void fiveConfirmedStories() {
        // GIVEN Mail Sport, The Sun and the club's site each reported five moves before they became official
        SourceOutcomes outcomes = new SourceOutcomes(store, new MutableClock(Instant.parse("2026-11-28T12:00:00Z")));
        for (int id = 1; id <= 5; id++) {
            Instant at = Instant.parse("2026-11-01T12:00:00Z").plus(Duration.ofDays(id));
            List<RatedSource> reporters = List.of(new RatedSource("mail-sport", "Mail Sport", SourceKind.OUTLET, "3"),
                    new RatedSource("the-sun", "The Sun", SourceKind.OUTLET, "3"),
                    new RatedSource("club-site", "Club site", SourceKind.OFFICIAL, "official"));
            outcomes.learn(story(id, StoryStage.TALKS, at), reporters, FeedAudience.EVERY_SERVER, at);
            outcomes.learn(story(id, StoryStage.OFFICIAL, at), List.of(), FeedAudience.EVERY_SERVER, at.plusSeconds(60));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Story story(long id, StoryStage stage, Instant at) {
        return new Story(id, new Story.About("player-" + id, "Player " + id, "real-madrid"), stage, new Story.Seen(at, at),
                Set.of(), List.of());
    }

    @Test
    @DisplayName("with learn-tiers a 5/5 record earns tier 1 — except where an admin set the tier, and for official sources")
    void learnedTierNeverOverridesAnAdmin() {
        // GIVEN the server learns tiers, and an admin set The Sun's tier
        GuildTiers tiers = new TrackRecordTiers(GuildTiers.sameEverywhere(), store,
                (source, guild) -> "the-sun".equals(source), true);

        // WHEN the sources are rated for the server
        List<SourceRef> rated = tiers.rate(sources, KOP);

        // THEN Mail Sport is tier 1 with its 5/5, The Sun keeps the admin's tier 3, the club stays official
        assertThat(rated).extracting(SourceRef::tier).containsExactly("1", "3", "official");
        assertThat(rated).extracting(ref -> ref.record().score()).containsExactly("5/5", "5/5", "5/5");
    }

    @Test
    @DisplayName("without learn-tiers the tiers stay as configured, the record is only shown")
    void withoutOptInTiersStay() {
        GuildTiers tiers = new TrackRecordTiers(GuildTiers.sameEverywhere(), store, (source, guild) -> false, false);

        List<SourceRef> rated = tiers.rate(sources, KOP);

        assertThat(rated).extracting(SourceRef::tier).containsExactly("3", "3", "official");
        assertThat(rated.get(0).record()).isEqualTo(new TrackRecord(5, 0));
        // and a channel whose server is not known yet gets no record at all
        assertThat(tiers.rate(sources, null).get(0).record()).isEqualTo(TrackRecord.NONE);
    }
}
