package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.config.DigestSchedule;
import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Digests on H2 and PostgreSQL: stories kept per channel, one digest per period, claimed once, nothing lost. */
class DigestsTest {

    private static final String CHANNEL = "111111111111111111";
    private static final String DAILY = "daily 18:00 Europe/London";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** One bot process on the test database (a second call is another process, or the same after a restart). */
    private final class Process {
        final OutboxStore outbox = new OutboxStore(db.jdbc());
        final AlertPublisher publisher = new AlertPublisher(new SubscriptionStore(db.jdbc()), outbox,
                new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(), clock);
        final Digests digests = digests(outbox);

        Digests digests(OutboxStore store) {
            return new Digests(new SubscriptionStore(db.jdbc()), new DigestStore(db.jdbc()), store,
                    new DataSourceTransactionManager(db.dataSource()), clock);
        }
    }

    private Process start(TestDatabase.Kind kind, String schedule) {
        db = TestDatabase.create(kind);
        new SubscriptionStore(db.jdbc()).save(Subscription.builder(CHANNEL).guildId("222222222222222222")
                .clubs(List.of("Liverpool", "Arsenal")).digest(schedule == null ? null : DigestSchedule.parse(schedule))
                .createdBy("t").createdAt(Instant.EPOCH).build());
        return new Process();
    }

    private List<OutboxRow> rows() {
        return new OutboxStore(db.jdbc()).all();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("stories of the day wait; at 18:00 London one digest lists them by club with stage and sources")
    void dailyDigestListsTheDaysStoriesByClub(TestDatabase.Kind kind) {
        // GIVEN a channel with a daily 18:00 digest, and three stories during the day
        Process bot = start(kind, DAILY);
        bot.publisher.publish(aStory().key("brennan").headline("Tomas Brennan → Real Madrid").clubs("Liverpool", "Real Madrid")
                .stage("talks").build());
        bot.publisher.publish(aStory().key("okafor").headline("Dan Okafor → Arsenal").clubs("Arsenal").stage("agreed")
                .sources(new SourceRef("Mail Desk", "1"), new SourceRef("Wire Room", "3")).build());
        bot.publisher.publish(aStory().key("brennan").update(StoryUpdate.STAGE_CHANGE).kind(AlertKind.CONFIRMED)
                .headline("Tomas Brennan → Real Madrid").clubs("Liverpool", "Real Madrid").stage("official").build());

        // WHEN the routine runs before 18:00, then after it
        clock.advance(Duration.ofHours(7).plusMinutes(59));
        int before = bot.digests.makeDue();
        clock.advance(Duration.ofMinutes(2));
        int at = bot.digests.makeDue();

        // THEN nothing was queued as a single alert, and one digest message lists two stories
        assertThat(before).isZero();
        assertThat(at).isEqualTo(2);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(OutboxAction.POST);
            assertThat(row.guildId()).isEqualTo(222222222222222222L);
            assertThat(row.message().title()).isEqualTo("📰 Transfer round-up · Sun 6 Dec, 18:00");
            assertThat(row.message().description()).isEqualTo("""
                    **Arsenal**
                    • [Dan Okafor → Arsenal](https://news.example/brennan) — agreed · Mail Desk (tier 1), Wire Room (tier 3)

                    **Liverpool**
                    • ✅ [Tomas Brennan → Real Madrid](https://news.example/brennan) — official · Casey Reporter (tier 2)""");
            // The run at 17:59 closed yesterday's (empty) period: today's counts from there.
            assertThat(row.message().footer()).isEqualTo("Rumour Mill · 2 stories since Sat 5 Dec, 18:00");
            assertThat(row.message().pingRoleId()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("two processes and a restart at 18:00 make the period's digest once")
    void aPeriodIsClaimedOnce(TestDatabase.Kind kind) {
        Process first = start(kind, DAILY);
        first.publisher.publish(aStory().key("brennan").build());
        clock.advance(Duration.ofHours(8).plusSeconds(1));

        Process second = new Process();
        first.digests.makeDue();
        second.digests.makeDue();
        new Process().digests.makeDue();

        assertThat(rows()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a crash before the digest is queued leaves the period unclaimed and its stories waiting: the next run sends it")
    void crashBeforeQueueingLosesNothing(TestDatabase.Kind kind) {
        Process bot = start(kind, DAILY);
        bot.publisher.publish(aStory().key("brennan").build());
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        OutboxStore failing = new OutboxStore(db.jdbc()) {
            @Override
            public long enqueue(String channelId, Long guildId, String storyKey, OutboxAction action, AlertMessage message,
                    Instant now) {
                throw new IllegalStateException("the process died here");
            }
        };

        assertThatThrownBy(() -> bot.digests(failing).makeDue()).hasMessageContaining("died");
        assertThat(rows()).isEmpty();
        int listed = new Process().digests.makeDue();

        assertThat(listed).isEqualTo(1);
        assertThat(rows()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a story arriving after 18:00 but before the routine ran goes into the next digest, not this one")
    void lateStoryGoesIntoTheNextDigest(TestDatabase.Kind kind) {
        Process bot = start(kind, DAILY);
        bot.publisher.publish(aStory().key("brennan").headline("Before the end").build());
        clock.advance(Duration.ofHours(8).plusSeconds(5));
        bot.publisher.publish(aStory().key("okafor").headline("After the end").build());

        bot.digests.makeDue();
        clock.advance(Duration.ofDays(1));
        bot.digests.makeDue();

        assertThat(rows()).hasSize(2);
        assertThat(rows().get(0).message().description()).contains("Before the end").doesNotContain("After the end");
        assertThat(rows().get(1).message().description()).contains("After the end").doesNotContain("Before the end");
        assertThat(rows().get(1).message().footer()).isEqualTo("Rumour Mill · 1 story since Sun 6 Dec, 18:00");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("/digest now posts the stories so far; the 18:00 digest then lists only those after it")
    void digestNow(TestDatabase.Kind kind) {
        Process bot = start(kind, DAILY);
        bot.publisher.publish(aStory().key("brennan").headline("Morning story").build());

        String answer = bot.digests.postNow(CHANNEL);
        clock.advance(Duration.ofHours(1));
        bot.publisher.publish(aStory().key("okafor").headline("Afternoon story").build());
        clock.advance(Duration.ofHours(7));
        bot.digests.makeDue();

        assertThat(answer).isEqualTo("The digest of 1 story is on its way to this channel. The next one is due Sun 6 Dec, 18:00.");
        assertThat(rows()).extracting(row -> row.message().title())
                .containsExactly("📰 Transfer round-up so far · Sun 6 Dec, 10:00", "📰 Transfer round-up · Sun 6 Dec, 18:00");
        assertThat(rows().get(1).message().description()).contains("Afternoon story").doesNotContain("Morning story");
        clock.advance(Duration.ofMinutes(1));
        assertThat(bot.digests.postNow(CHANNEL)).startsWith("No stories since the last digest");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("/digest now in a channel of single alerts says how to set a digest")
    void digestNowWithoutDigest(TestDatabase.Kind kind) {
        Process bot = start(kind, null);

        assertThatThrownBy(() -> bot.digests.postNow(CHANNEL)).hasMessageContaining("/alerts digest");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a digest Discord refused for good gives its stories back to the next digest, once")
    void parkedDigestGivesItsStoriesBack(TestDatabase.Kind kind) {
        Process bot = start(kind, DAILY);
        bot.publisher.publish(aStory().key("brennan").headline("Refused story").build());
        clock.advance(Duration.ofHours(8).plusSeconds(1));
        bot.digests.makeDue();
        bot.outbox.parkChannel(CHANNEL, "Missing Permissions");

        clock.advance(Duration.ofDays(1));
        bot.digests.makeDue();
        clock.advance(Duration.ofDays(1));
        bot.digests.makeDue();

        assertThat(rows()).hasSize(2);
        assertThat(rows().get(1).message().description()).contains("Refused story");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("on the day British clocks go forward the 18:00 digest comes at 17:00 UTC")
    void dstChangeDay(TestDatabase.Kind kind) {
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-28T09:00:00Z")));
        Process bot = start(kind, DAILY);
        bot.publisher.publish(aStory().key("brennan").build());

        clock.advance(Duration.ofHours(7).plusMinutes(59));
        bot.digests.makeDue();
        assertThat(rows()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        bot.digests.makeDue();

        assertThat(rows()).singleElement().satisfies(row ->
                assertThat(row.message().title()).isEqualTo("📰 Transfer round-up · Sun 28 Mar, 18:00"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a channel without a digest still gets single alerts")
    void singleAlertsWithoutDigest(TestDatabase.Kind kind) {
        Process bot = start(kind, null);
        bot.publisher.publish(aStory().key("brennan").build());

        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.storyKey()).isEqualTo("brennan"));
    }
}
