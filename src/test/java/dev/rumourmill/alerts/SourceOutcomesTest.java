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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Learning records from outcomes, in the database: claims per server, settled once, idempotent. */
class SourceOutcomesTest {

    private static final String KOP = "900000000000000001";
    private static final String BLUES = "900000000000000002";
    private static final RatedSource MAIL = new RatedSource("mail-sport", "Mail Sport", SourceKind.OUTLET, "3");
    private static final RatedSource ROMANO = new RatedSource("fabrizio-romano", "Fabrizio Romano", SourceKind.JOURNALIST, "1");
    private static final RatedSource CLUB = new RatedSource("club-site", "Club site", SourceKind.OFFICIAL, "official");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private SourceOutcomes outcomes() {
        return new SourceOutcomes(new SourceOutcomeStore(db.jdbc()), clock);
    }

    private Map<String, TrackRecord> records(String guild) {
        return new SourceOutcomeStore(db.jdbc()).recordsOf(guild, List.of(MAIL.id(), ROMANO.id(), CLUB.id()));
    }

    private static Story story(long id, String destination, StoryStage stage) {
        Instant at = Instant.parse("2026-11-20T12:00:00Z");
        return new Story(id, new Story.About("tomas-brennan", "Tomas Brennan", destination), stage, new Story.Seen(at, at),
                Set.of(), List.of());
    }

    private Instant day(int n) {
        return Instant.parse("2026-11-20T12:00:00Z").plus(Duration.ofDays(n));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("rumour → official: the sources that reported it first score a hit; the official announcement none")
    void confirmedStoryCreditsItsEarlierSources(TestDatabase.Kind kind) {
        // GIVEN Mail Sport and Romano report a move at talks, through a feed every server sees
        db = TestDatabase.create(kind);
        SourceOutcomes outcomes = outcomes();
        outcomes.learn(story(1, "real-madrid", StoryStage.TALKS), List.of(MAIL), FeedAudience.EVERY_SERVER, day(0));
        outcomes.learn(story(1, "real-madrid", StoryStage.AGREED), List.of(ROMANO), FeedAudience.EVERY_SERVER, day(1));
        assertThat(records(KOP).values()).containsOnly(TrackRecord.NONE);

        // WHEN the club announces it
        outcomes.learn(story(1, "real-madrid", StoryStage.OFFICIAL), List.of(CLUB, ROMANO), FeedAudience.EVERY_SERVER, day(2));

        // THEN both score 1/1 on every server, and the club's announcement has no record
        assertThat(records(KOP)).containsEntry(MAIL.id(), new TrackRecord(1, 0))
                .containsEntry(ROMANO.id(), new TrackRecord(1, 0)).containsEntry(CLUB.id(), TrackRecord.NONE);
        assertThat(records(BLUES)).containsEntry(MAIL.id(), new TrackRecord(1, 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a denial debits the sources that reported the story; the same entry again, or another process, changes nothing")
    void denialDebitsOnceWhateverTheRepeats(TestDatabase.Kind kind) {
        // GIVEN Mail Sport reported a move
        db = TestDatabase.create(kind);
        outcomes().learn(story(1, "real-madrid", StoryStage.BID), List.of(MAIL), FeedAudience.EVERY_SERVER, day(0));

        // WHEN the move is denied, then the denial is seen again by this and by another process
        outcomes().learn(story(1, "real-madrid", StoryStage.DENIED), List.of(ROMANO), FeedAudience.EVERY_SERVER, day(1));
        outcomes().learn(story(1, "real-madrid", StoryStage.DENIED), List.of(ROMANO), FeedAudience.EVERY_SERVER, day(1));
        new SourceOutcomes(new SourceOutcomeStore(db.jdbc()), clock)
                .learn(story(1, "real-madrid", StoryStage.DENIED), List.of(MAIL), FeedAudience.EVERY_SERVER, day(2));

        // THEN Mail Sport has one miss and the denying source no record
        assertThat(records(KOP)).containsEntry(MAIL.id(), new TrackRecord(0, 1)).containsEntry(ROMANO.id(), TrackRecord.NONE);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("he officially joins another club: the stories about the first club are misses, the right one a hit")
    void joiningElsewhereDebitsTheOtherStories(TestDatabase.Kind kind) {
        // GIVEN Mail Sport said Real Madrid, Romano said Juventus
        db = TestDatabase.create(kind);
        SourceOutcomes outcomes = outcomes();
        outcomes.learn(story(1, "real-madrid", StoryStage.TALKS), List.of(MAIL), FeedAudience.EVERY_SERVER, day(0));
        outcomes.learn(story(2, "juventus", StoryStage.AGREED), List.of(ROMANO), FeedAudience.EVERY_SERVER, day(1));

        // WHEN he officially joins Juventus
        outcomes.learn(story(2, "juventus", StoryStage.OFFICIAL), List.of(CLUB), FeedAudience.EVERY_SERVER, day(2));

        // THEN Mail Sport missed, Romano hit
        assertThat(records(KOP)).containsEntry(MAIL.id(), new TrackRecord(0, 1)).containsEntry(ROMANO.id(), new TrackRecord(1, 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("denied, then official after all: the misses become hits")
    void officialAfterADenialCredits(TestDatabase.Kind kind) {
        db = TestDatabase.create(kind);
        SourceOutcomes outcomes = outcomes();
        // GIVEN a story Mail Sport reported was denied
        outcomes.learn(story(1, "real-madrid", StoryStage.TALKS), List.of(MAIL), FeedAudience.EVERY_SERVER, day(0));
        outcomes.learn(story(1, "real-madrid", StoryStage.DENIED), List.of(CLUB), FeedAudience.EVERY_SERVER, day(1));
        assertThat(records(KOP)).containsEntry(MAIL.id(), new TrackRecord(0, 1));

        // WHEN it becomes official after all
        outcomes.learn(story(1, "real-madrid", StoryStage.OFFICIAL), List.of(CLUB), FeedAudience.EVERY_SERVER, day(5));

        // THEN Mail Sport's miss is a hit
        assertThat(records(KOP)).containsEntry(MAIL.id(), new TrackRecord(1, 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a server's record counts only its own feeds' reports, settled only by news its own feeds brought")
    void recordsArePerServer(TestDatabase.Kind kind) {
        db = TestDatabase.create(kind);
        SourceOutcomes outcomes = outcomes();
        // GIVEN Mail Sport's report reached the Kop through its own feed, Romano's every server
        outcomes.learn(story(1, "real-madrid", StoryStage.TALKS), List.of(MAIL), FeedAudience.of(Set.of(KOP)), day(0));
        outcomes.learn(story(1, "real-madrid", StoryStage.TALKS), List.of(ROMANO), FeedAudience.EVERY_SERVER, day(0));

        // WHEN only the Blues' own feed brings the official news
        outcomes.learn(story(1, "real-madrid", StoryStage.OFFICIAL), List.of(CLUB), FeedAudience.of(Set.of(BLUES)), day(1));

        // THEN the Blues credit Romano (whose report they saw), the Kop has nothing settled yet
        assertThat(records(BLUES)).containsEntry(ROMANO.id(), new TrackRecord(1, 0)).doesNotContainKey(MAIL.id());
        assertThat(records(KOP)).containsEntry(MAIL.id(), TrackRecord.NONE).containsEntry(ROMANO.id(), TrackRecord.NONE);

        // WHEN the Kop's feed brings it too
        outcomes.learn(story(1, "real-madrid", StoryStage.OFFICIAL), List.of(CLUB), FeedAudience.of(Set.of(KOP)), day(2));

        // THEN the Kop credits both, once each
        assertThat(records(KOP)).containsEntry(MAIL.id(), new TrackRecord(1, 0)).containsEntry(ROMANO.id(), new TrackRecord(1, 0));
        assertThat(records(BLUES)).containsEntry(ROMANO.id(), new TrackRecord(1, 0));
    }

    @Test
    @DisplayName("/sources lists a server's sources, settled ones first, with the stories still open")
    void standingsListSettledSourcesFirst() {
        db = TestDatabase.h2();
        SourceOutcomes outcomes = outcomes();
        // GIVEN Romano reported two stories (one confirmed), Mail Sport one still open
        outcomes.learn(story(1, "real-madrid", StoryStage.TALKS), List.of(ROMANO), FeedAudience.EVERY_SERVER, day(0));
        outcomes.learn(story(1, "real-madrid", StoryStage.OFFICIAL), List.of(CLUB), FeedAudience.EVERY_SERVER, day(1));
        outcomes.learn(new Story(2, new Story.About("kai-dunmore", "Kai Dunmore", "arsenal"), StoryStage.INTEREST,
                new Story.Seen(day(2), day(2)), Set.of(), List.of()), List.of(ROMANO, MAIL), FeedAudience.EVERY_SERVER, day(2));

        // WHEN the Kop asks
        List<SourceOutcomeStore.Standing> standings = new SourceOutcomeStore(db.jdbc()).standingsOf(KOP);

        // THEN Romano comes first with 1/1 and one open story, then the others
        assertThat(standings.get(0)).isEqualTo(new SourceOutcomeStore.Standing(ROMANO.id(), "Fabrizio Romano",
                new TrackRecord(1, 0), 1));
        assertThat(standings).extracting(SourceOutcomeStore.Standing::name).containsExactlyInAnyOrder("Fabrizio Romano",
                "Mail Sport", "Club site");
    }
}
