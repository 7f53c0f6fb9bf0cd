package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.feeds.FeedRegistry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.testsupport.TestDatabase;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** /why's store and service on both databases: what a server may see, delivery states, retention. */
class WhyServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final String LINK = "https://gazette.example/brennan-talks";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private record Setup(FeedRegistry feeds, DecisionStore decisions, SubscriptionStore subscriptions, OutboxStore outbox,
            WhyService why) {
    }

    private Setup setUp(TestDatabase db) {
        FeedRegistry feeds = new FeedRegistry(db.jdbc(), clock);
        DecisionStore decisions = new DecisionStore(db.jdbc());
        SubscriptionStore subscriptions = new SubscriptionStore(db.jdbc());
        OutboxStore outbox = new OutboxStore(db.jdbc());
        WhyService why = new WhyService(decisions, new DeliveryLookup(db.jdbc()), subscriptions, outbox, feeds,
                new SubscriptionVerdicts(GuildTiers.sameEverywhere()), clock);
        return new Setup(feeds, decisions, subscriptions, outbox, why);
    }

    private FeedSource feed(FeedRegistry feeds, String name, String guild) {
        FeedSource feed = feeds.add(URI.create("https://" + name.replace(' ', '-').toLowerCase() + ".example/rss"), name,
                Duration.ofMinutes(5), 0, FeedRegistry.Origin.COMMAND);
        feeds.claim(feed, guild);
        return feed;
    }

    private static ArticleDecision decision(FeedSource feed, String link, Instant fetchedAt, List<String> channels) {
        return new ArticleDecision(0, new ArticleDecision.Entry(feed.id(), link, "Northport open talks over Brennan", fetchedAt),
                new ArticleDecision.Reading("rumour", 0.91, List.of("label cues in headline and lede: rumour \"open talks\"")),
                new ArticleDecision.Filing("p1>c9", "NEW_STORY", "started story #4 (Tomas Brennan → Northport Athletic)"),
                new ArticleDecision.Routing(AlertKind.RUMOUR, "talks", 0.6, List.of("Tomas Brennan"),
                        List.of("Northport Athletic"), List.of(new SourceRef("Casey Reporter", "2")), channels));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a server sees the decisions of its own feeds with its own channels; another server's feed is never "
            + "seen, and the answer names the asking server's feeds only")
    void serversSeeOnlyTheirOwn(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN server 2's own feed reported the article, which server 2's channel 200 got and its channel 201 did not
            Setup s = setUp(db);
            feed(s.feeds(), "Server One wire", "1");
            FeedSource two = feed(s.feeds(), "Server Two blog", "2");
            s.subscriptions().save(Subscription.builder("100").guildId("1").clubs(List.of("Northport Athletic")).build());
            s.subscriptions().save(Subscription.builder("200").guildId("2").clubs(List.of("Northport Athletic")).build());
            s.subscriptions().save(Subscription.builder("201").guildId("2").clubs(List.of("Millbrook")).build());
            s.decisions().record(decision(two, LINK, NOW, List.of("200")));
            s.outbox().reservePost("200", "p1>c9", NOW, NOW);
            long row = s.outbox().enqueue("200", 2L, "p1>c9", OutboxAction.POST, sample(), NOW);
            s.outbox().markSent(row, "777", NOW);

            // WHEN server 1 asks (with a tracking parameter) THEN it was never seen there, and its feeds are listed
            WhyReport one = s.why().explain(LINK + "?utm_source=x", "1", channel -> false);
            assertThat(one.neverSeen()).isTrue();
            assertThat(one.watchedFeeds()).containsExactly("Server One wire");

            // WHEN server 2 asks THEN its feed, its channels: 200 sent as message 777, 201 filtered
            WhyReport report = s.why().explain(LINK + "/", "2", channel -> false);
            assertThat(report.sightings()).singleElement().satisfies(sighting -> {
                assertThat(sighting.feedName()).isEqualTo("Server Two blog");
                assertThat(sighting.decision().reading().explanation()).containsExactly(
                        "label cues in headline and lede: rumour \"open talks\"");
                assertThat(sighting.decision().routing().sources()).containsExactly(new SourceRef("Casey Reporter", "2"));
                assertThat(sighting.channels()).extracting(WhyReport.ChannelVerdict::channelId).containsExactly("200", "201");
                assertThat(sighting.channels().get(0).outcome()).isEqualTo(WhyReport.Outcome.QUEUED);
                assertThat(sighting.channels().get(0).delivery().progress().messageId()).isEqualTo("777");
                assertThat(sighting.channels().get(1).outcome()).isEqualTo(WhyReport.Outcome.FILTERED);
                assertThat(sighting.channels().get(1).reason()).startsWith("not followed: this channel follows Millbrook");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a parked alert shows Discord's error; one held by the hourly cap says so")
    void parkedAndCapped(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN channel 100 lost access (its alert parked), channel 101 reached its cap of 1 an hour
            Setup s = setUp(db);
            FeedSource wire = feed(s.feeds(), "Server One wire", "1");
            s.subscriptions().save(Subscription.builder("100").guildId("1").clubs(List.of("Northport Athletic")).build());
            s.subscriptions().save(Subscription.builder("101").guildId("1").clubs(List.of("Northport Athletic")).maxPerHour(1)
                    .build());
            s.decisions().record(decision(wire, LINK, NOW, List.of("100", "101")));
            s.outbox().enqueue("100", 1L, "p1>c9", OutboxAction.POST, sample(), NOW);
            s.outbox().parkChannel("100", "Missing permission Send Messages in #news");
            long earlier = s.outbox().enqueue("101", 1L, "other", OutboxAction.POST, sample(), NOW.minusSeconds(600));
            s.outbox().markSent(earlier, "1", NOW.minusSeconds(600));
            long capped = s.outbox().enqueue("101", 1L, "p1>c9", OutboxAction.POST, sample(), NOW);
            s.outbox().postpone(capped, NOW.plusSeconds(3000));

            // WHEN server 1 asks
            List<WhyReport.ChannelVerdict> channels = s.why().explain(LINK, "1", channel -> false).sightings().get(0).channels();

            // THEN the parked row carries the error, the capped one says it is held back
            assertThat(channels.get(0).delivery().progress().status()).isEqualTo(OutboxRow.Status.PARKED);
            assertThat(channels.get(0).delivery().progress().lastError()).contains("Send Messages");
            assertThat(channels.get(1).delivery().progress().status()).isEqualTo(OutboxRow.Status.PENDING);
            assertThat(channels.get(1).delivery().heldByHourlyCap()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("decisions older than 14 days are forgotten by the retention routine; newer ones stay")
    void retention(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a decision of 15 days ago and one of 13 days ago
            Setup s = setUp(db);
            FeedSource wire = feed(s.feeds(), "Server One wire", "1");
            s.decisions().record(decision(wire, "https://gazette.example/old", NOW.minus(Duration.ofDays(15)), List.of()));
            s.decisions().record(decision(wire, LINK, NOW.minus(Duration.ofDays(13)), List.of()));

            // WHEN the routine runs
            new DecisionRetentionRoutine(s.decisions(), dev.rumourmill.config.TimingProperties.defaults(), clock).run();

            // THEN only the newer one is left
            assertThat(s.decisions().count()).isEqualTo(1);
            assertThat(s.why().explain(LINK, "1", channel -> false).neverSeen()).isFalse();
            assertThat(s.why().explain("https://gazette.example/old", "1", channel -> false).neverSeen()).isTrue();
        }
    }

    private static AlertMessage sample() {
        return new AlertMessageFactory().create(StoryAlert.builder("p1>c9").kind(AlertKind.RUMOUR).headline("Brennan")
                .build(), Subscription.builder("100").build());
    }
}
