package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final Instant DAY_0 = Instant.parse("2025-09-01T09:00:00Z");
    private static final Club ARSENAL = TestEngine.KNOWLEDGE.club("arsenal").orElseThrow();
    private static final Club CHELSEA = TestEngine.KNOWLEDGE.club("chelsea").orElseThrow();
    private static final Player VELLACOURT = new Player("p2", "Tomás Vellacourt", true);

    private final StoryClusterer clusterer = new StoryClusterer();

    private static Analysis rumour(String id, Club to, StoryStage stage, String... sources) {
        List<RatedSource> rated = java.util.Arrays.stream(sources)
                .map(s -> new RatedSource(s, s, SourceKind.OUTLET, "2")).toList();
        Label label = stage == StoryStage.OFFICIAL ? Label.CONFIRMED : stage == StoryStage.DENIED ? Label.DENIAL : Label.RUMOUR;
        return Analysis.builder(id).label(label).confidence(0.9).players(List.of(VELLACOURT)).clubs(List.of(to))
                .toClubs(List.of(to)).sources(rated).dealType(DealType.PERMANENT).summary("summary").stage(stage).build();
    }

    private static String text(String words) {
        return words + " The winger has scored eleven goals this season and his club would like to keep him, but a "
                + "big offer could change their minds before the window closes at the end of the month.";
    }

    @Test
    @DisplayName("the same player and destination within 14 days is one story, with a new source")
    void sameStoryNewSource() {
        // GIVEN a rumour on day 0
        clusterer.add(rumour("a", ARSENAL, StoryStage.INTEREST, "marca"), text("Arsenal like Vellacourt."), DAY_0);

        // WHEN another outlet reports it on day 5 in its own words
        StoryEvent event = clusterer.add(rumour("b", ARSENAL, StoryStage.INTEREST, "the-athletic"),
                "The Athletic says Arsenal have asked about Vellacourt, whose release clause is high.",
                DAY_0.plus(Duration.ofDays(5)));

        // THEN
        assertThat(event.kind()).isEqualTo(StoryEvent.Kind.NEW_SOURCE);
        assertThat(event.newSources()).containsExactly("the-athletic");
        assertThat(clusterer.stories()).hasSize(1);
    }

    @Test
    @DisplayName("a different destination is a different story")
    void otherDestination() {
        clusterer.add(rumour("a", ARSENAL, StoryStage.INTEREST, "marca"), text("Arsenal like him."), DAY_0);

        StoryEvent event = clusterer.add(rumour("b", CHELSEA, StoryStage.INTEREST, "marca"), text("Chelsea like him."),
                DAY_0.plus(Duration.ofDays(1)));

        assertThat(event.kind()).isEqualTo(StoryEvent.Kind.NEW_STORY);
        assertThat(clusterer.stories()).hasSize(2);
    }

    @Test
    @DisplayName("after 14 quiet days the same move starts a new story")
    void windowExpires() {
        clusterer.add(rumour("a", ARSENAL, StoryStage.INTEREST, "marca"), text("Arsenal like him."), DAY_0);

        StoryEvent event = clusterer.add(rumour("b", ARSENAL, StoryStage.INTEREST, "marca"), text("Arsenal ask again."),
                DAY_0.plus(Duration.ofDays(15)));

        assertThat(event.kind()).isEqualTo(StoryEvent.Kind.NEW_STORY);
    }

    @Test
    @DisplayName("a syndicated copy of an article already seen is a duplicate and adds no source")
    void syndicatedCopy() {
        // GIVEN an article, then the same text on another site crediting another outlet
        String body = text("Arsenal have opened talks with Sevilla over Tomás Vellacourt.");
        clusterer.add(rumour("a", ARSENAL, StoryStage.TALKS, "marca"), body, DAY_0);

        // WHEN
        StoryEvent event = clusterer.add(rumour("b", ARSENAL, StoryStage.TALKS, "some-aggregator"),
                "Transfer news | " + body, DAY_0.plus(Duration.ofHours(2)));

        // THEN
        assertThat(event.kind()).isEqualTo(StoryEvent.Kind.DUPLICATE);
        assertThat(event.story().sourceIds()).containsExactly("marca");
    }

    @Test
    @DisplayName("the stage advances from talks to medical, and a later 'interest' piece does not move it back")
    void stageAdvances() {
        clusterer.add(rumour("a", ARSENAL, StoryStage.TALKS, "marca"), text("Talks are under way."), DAY_0);

        StoryEvent medical = clusterer.add(rumour("b", ARSENAL, StoryStage.MEDICAL, "marca"),
                text("A medical is booked for Monday."), DAY_0.plus(Duration.ofDays(2)));
        StoryEvent interest = clusterer.add(rumour("c", ARSENAL, StoryStage.INTEREST, "marca"),
                text("Arsenal have long admired him."), DAY_0.plus(Duration.ofDays(3)));

        assertThat(medical.kind()).isEqualTo(StoryEvent.Kind.STAGE_CHANGE);
        assertThat(interest.kind()).isEqualTo(StoryEvent.Kind.REPEAT);
        assertThat(interest.story().stage()).isEqualTo(StoryStage.MEDICAL);
    }

    @Test
    @DisplayName("a denial naming no destination joins the player's story and marks it denied")
    void denialJoinsStory() {
        clusterer.add(rumour("a", ARSENAL, StoryStage.BID, "marca"), text("Arsenal bid €40m."), DAY_0);
        Analysis denial = Analysis.builder("b").label(Label.DENIAL).confidence(0.9).players(List.of(VELLACOURT))
                .dealType(DealType.PERMANENT).summary("summary").stage(StoryStage.DENIED).build();

        StoryEvent event = clusterer.add(denial, text("His agent says there was no bid."), DAY_0.plus(Duration.ofDays(1)));

        assertThat(event.kind()).isEqualTo(StoryEvent.Kind.STAGE_CHANGE);
        assertThat(event.story().stage()).isEqualTo(StoryStage.DENIED);
        assertThat(clusterer.stories()).hasSize(1);
    }

    @Test
    @DisplayName("an article that is not transfer news is not a story")
    void notAStory() {
        Analysis report = Analysis.builder("m").label(Label.NOT_TRANSFER).confidence(0.9).build();

        assertThat(clusterer.add(report, "Match report.", DAY_0).kind()).isEqualTo(StoryEvent.Kind.NOT_A_STORY);
    }
}
