package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.BotProperties;
import dev.rumourmill.contracts.ContractDirectory;
import dev.rumourmill.contracts.ContractService;
import dev.rumourmill.contracts.ContractStore;
import dev.rumourmill.contracts.LiveContractProvider;
import dev.rumourmill.contracts.RecentRumour;
import dev.rumourmill.contracts.SampleContracts;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.testsupport.TestDatabase;
import dev.rumourmill.rumours.StoryClusterer;
import dev.rumourmill.testsupport.FeedEntries;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The pipeline's story log: written on news, updated by the same story from another outlet. Articles are our own. */
class RumourAlertPipelineTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final FeedSource GAZETTE = new FeedSource(1, URI.create("https://gazette.example/rss"), "Harbour Gazette",
            Duration.ofMinutes(10), 0);

    private TestDatabase db;
    private StoryLogStore storyLog;
    private RumourAlertPipeline pipeline;
    private final java.util.List<ArticleDecision> decisions = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        db = TestDatabase.h2();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ContractStore contracts = new ContractStore(db.dataSource());
        SampleContracts.loadIfEmpty(contracts);
        ContractService service = new ContractService(contracts, new ContractDirectory(contracts, clock, Duration.ofSeconds(30)),
                LiveContractProvider.NONE, clock);
        storyLog = new StoryLogStore(db.jdbc());
        RumourEngineProvider engines = new RumourEngineProvider(contracts, BotProperties.defaults(), clock);
        StoryStep step = new StoryStep(engines, new StoryClusterer(StoryClusterer.DEFAULT_WINDOW,
                new OpenStoryStore(db.jdbc(), new org.springframework.jdbc.support.JdbcTransactionManager(db.dataSource()))),
                new StoryAlerts(engines, new ContractLines(service)), clock);
        pipeline = new RumourAlertPipeline(step, new AlertPublisher(new SubscriptionStore(db.jdbc()),
                new OutboxStore(db.jdbc()), new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(), clock), contracts, storyLog,
                EntryVerdicts.NONE, feed -> FeedAudience.EVERY_SERVER,
                new SourceOutcomes(new SourceOutcomeStore(db.jdbc()), clock), decisions::add, clock);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    @DisplayName("a rumour that is news writes its story to the log with headline, best source and link")
    void newsIsLogged() {
        // WHEN a rumour about Konaté arrives
        pipeline.handle(GAZETTE, entry("g-1", "https://gazette.example/konate-madrid", "Real Madrid open talks over Konaté",
                "Real Madrid have opened talks over Liverpool defender Ibrahima Konaté, Lewis Steele of Mail Sport "
                        + "reports. The centre-back's contract runs out next summer.", NOW.minus(Duration.ofHours(1))));

        // THEN /contract's port finds it for his player id
        assertThat(storyLog.about("sample-konate", NOW.minus(Duration.ofDays(30)), 3)).singleElement()
                .satisfies(rumour -> {
                    assertThat(rumour.headline()).isEqualTo("Ibrahima Konaté → Real Madrid (from Liverpool)");
                    assertThat(rumour.sourceName()).isEqualTo("Lewis Steele");
                    assertThat(rumour.sourceBadge()).isEqualTo("tier 2");
                    assertThat(rumour.articleUrl()).isEqualTo("https://gazette.example/konate-madrid");
                    assertThat(rumour.reports()).isEqualTo(1);
                });
    }

    @Test
    @DisplayName("the same story from another outlet updates its row instead of adding one")
    void sameStoryUpdatesTheRow() {
        // GIVEN the story is logged
        pipeline.handle(GAZETTE, entry("g-1", "https://gazette.example/konate-madrid", "Real Madrid open talks over Konaté",
                "Real Madrid have opened talks over Liverpool defender Ibrahima Konaté, Lewis Steele of Mail Sport "
                        + "reports. The centre-back's contract runs out next summer.", NOW.minus(Duration.ofHours(2))));

        // WHEN another outlet reports the same move
        pipeline.handle(GAZETTE, entry("w-7", "https://wire.example/konate", "Konaté wants Madrid move",
                "Ibrahima Konaté wants to join Real Madrid when his Liverpool deal ends, The Athletic reports. "
                        + "The Spanish club see the defender as a priority.", NOW.minus(Duration.ofMinutes(30))));

        // THEN still one story, now with two reports, the better source and the newer article
        assertThat(storyLog.about("sample-konate", NOW.minus(Duration.ofDays(30)), 3)).singleElement()
                .satisfies(rumour -> {
                    assertThat(rumour.reports()).isEqualTo(2);
                    assertThat(rumour.sourceName()).isEqualTo("The Athletic");
                    assertThat(rumour.articleUrl()).isEqualTo("https://wire.example/konate");
                });
    }

    @Test
    @DisplayName("an article that is not transfer news leaves the log empty")
    void otherNewsIsNotLogged() {
        pipeline.handle(GAZETTE, entry("g-2", "https://gazette.example/match", "Liverpool beat Northport",
                "Liverpool won 3-1 at Anfield on Saturday; Konaté scored a header.", NOW.minus(Duration.ofHours(1))));

        assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM rumour_story_log", Integer.class)).isZero();
        assertThat(storyLog.about("sample-konate", NOW.minus(Duration.ofDays(30)), 3)).extracting(RecentRumour::headline)
                .isEmpty();
    }

    @Test
    @DisplayName("every entry's decisions are kept for /why: label with its cues and moves, the story it started or "
            + "joined and why, the channels it was queued for; other news says it made no story")
    void decisionsAreKept() {
        // WHEN two outlets report the Konaté move, then a match report comes in
        pipeline.handle(GAZETTE, entry("g-1", "https://gazette.example/konate-madrid", "Real Madrid open talks over Konaté",
                "Real Madrid have opened talks over Liverpool defender Ibrahima Konaté, Lewis Steele of Mail Sport "
                        + "reports. The centre-back's contract runs out next summer.", NOW.minus(Duration.ofHours(2))));
        pipeline.handle(GAZETTE, entry("w-7", "https://wire.example/konate", "Konaté wants Madrid move",
                "Ibrahima Konaté wants to join Real Madrid when his Liverpool deal ends, The Athletic reports. "
                        + "The Spanish club see the defender as a priority.", NOW.minus(Duration.ofMinutes(30))));
        pipeline.handle(GAZETTE, entry("g-2", "https://gazette.example/match", "Liverpool beat Northport",
                "Liverpool won 3-1 at Anfield on Saturday; Konaté scored a header.", NOW.minus(Duration.ofHours(1))));

        // THEN three decisions, fetched now, from the Gazette
        assertThat(decisions).hasSize(3).allSatisfy(d -> {
            assertThat(d.entry().feedId()).isEqualTo(GAZETTE.id());
            assertThat(d.entry().fetchedAt()).isEqualTo(NOW);
        });
        ArticleDecision first = decisions.get(0);
        assertThat(first.reading().label()).isEqualTo("rumour");
        assertThat(first.reading().explanation()).anySatisfy(line -> assertThat(line).startsWith("label cues in headline"))
                .anySatisfy(line -> assertThat(line).contains("Ibrahima Konaté: Liverpool -> Real Madrid"));
        assertThat(first.filing().event()).isEqualTo("NEW_STORY");
        assertThat(first.filing().note()).startsWith("started story #").contains("Ibrahima Konaté → Real Madrid");
        assertThat(first.routing().channels()).isEmpty();
        assertThat(decisions.get(1).filing().note()).startsWith("joined story #").contains("new source(s): The Athletic");
        assertThat(decisions.get(2).routing()).isNull();
        assertThat(decisions.get(2).filing().note()).isEqualTo("no story: not transfer news");
    }

    private static FeedEntry entry(String id, String link, String title, String text, Instant published) {
        return FeedEntries.article(id, title, link, published, text);
    }
}
