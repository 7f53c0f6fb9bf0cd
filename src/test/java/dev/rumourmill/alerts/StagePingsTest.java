package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.rumours.StoryStage;
import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stage pings: the role is mentioned in the one update that brings a story to a ping.at stage, once per channel. */
class StagePingsTest {

    private static final String CHANNEL = "111111111111111111";
    private static final String ROLE = "323456789012345678";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private AlertPublisher publisher(Set<String> pingAt) {
        SubscriptionStore subscriptions = new SubscriptionStore(db.jdbc());
        subscriptions.save(Subscription.builder(CHANNEL).pingRole(ROLE).pingAt(pingAt).createdBy("t")
                .createdAt(Instant.EPOCH).build());
        return new AlertPublisher(subscriptions, new OutboxStore(db.jdbc()), new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(), clock);
    }

    /** Another process (or the same one after a restart) on the same database. */
    private AlertPublisher anotherProcess() {
        return new AlertPublisher(new SubscriptionStore(db.jdbc()), new OutboxStore(db.jdbc()), new DigestStore(db.jdbc()),
                GuildTiers.sameEverywhere(),
                clock);
    }

    private List<OutboxRow> mentioning() {
        return new OutboxStore(db.jdbc()).all().stream().filter(row -> row.message().pingRoleId() != null).toList();
    }

    private static StoryAlert at(StoryUpdate update, String stage) {
        return aStory().update(update).stage(stage).build();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("rumour → agreed → official with ping.at [agreed]: only the agreed update mentions the role")
    void onlyTheUpdateReachingTheStagePings(TestDatabase.Kind kind) {
        // GIVEN a channel that pings its role when a story is agreed
        db = TestDatabase.create(kind);
        AlertPublisher publisher = publisher(Set.of("agreed"));

        // WHEN a story is posted at talks, goes to agreed, gets another source at agreed, then becomes official
        OutboxStore outbox = new OutboxStore(db.jdbc());
        publisher.publish(at(StoryUpdate.NEW_STORY, "talks"));
        OutboxRow post = outbox.all().get(0);
        outbox.markSent(post.id(), "999", clock.instant());
        outbox.targets().rememberStoryMessage(CHANNEL, post.storyKey(), "999", clock.instant());
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));
        publisher.publish(at(StoryUpdate.NEW_SOURCE, "agreed"));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "official"));

        // THEN one row mentions the role: the reply for agreed, whose content is exactly that mention
        assertThat(outbox.all()).extracting(OutboxRow::action).containsExactly(OutboxAction.POST, OutboxAction.REPLY,
                OutboxAction.EDIT, OutboxAction.REPLY);
        assertThat(mentioning()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(OutboxAction.REPLY);
            assertThat(row.message().content()).isEqualTo("<@&" + ROLE + ">");
            assertThat(row.message().title()).startsWith("Update: agreed");
        });
    }

    @Test
    @DisplayName("with several ping.at stages the story still pings once: the first listed stage it reaches")
    void oncePerStoryAcrossStages() {
        db = TestDatabase.h2();
        AlertPublisher publisher = publisher(Set.of("agreed", "official"));

        publisher.publish(at(StoryUpdate.NEW_STORY, "talks"));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "official"));

        assertThat(mentioning()).singleElement().satisfies(row -> assertThat(row.message().title()).startsWith("Update: agreed"));
    }

    @Test
    @DisplayName("a story first seen at a ping.at stage pings in its first message, and a newer form of it still queued keeps it")
    void firstMessageAtTheStagePingsAndKeepsIt() {
        db = TestDatabase.h2();
        AlertPublisher publisher = publisher(Set.of("official"));

        publisher.publish(at(StoryUpdate.NEW_STORY, "official"));
        publisher.publish(aStory().update(StoryUpdate.NEW_SOURCE).stage("official").headline("Newer form").build());

        assertThat(new OutboxStore(db.jdbc()).all()).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo(OutboxAction.POST);
            assertThat(row.message().title()).contains("Newer form");
            assertThat(row.message().pingRoleId()).isEqualTo(ROLE);
        });
    }

    @Test
    @DisplayName("an update that could only be an edit never pings: Discord would notify nobody")
    void editsNeverPing() {
        db = TestDatabase.h2();
        AlertPublisher publisher = publisher(Set.of("agreed"));
        OutboxStore outbox = new OutboxStore(db.jdbc());
        publisher.publish(at(StoryUpdate.NEW_STORY, "talks"));
        OutboxRow post = outbox.all().get(0);
        outbox.markSent(post.id(), "999", clock.instant());
        outbox.targets().rememberStoryMessage(CHANNEL, post.storyKey(), "999", clock.instant());

        // A restart emptied the clusterer: the agreed story comes back as new, so it becomes an edit of the post
        publisher.publish(at(StoryUpdate.NEW_STORY, "agreed"));

        assertThat(outbox.all()).extracting(OutboxRow::action).containsExactly(OutboxAction.POST, OutboxAction.EDIT);
        assertThat(mentioning()).isEmpty();
        // … and the story's ping stays free for the next new message at a listed stage
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));
        assertThat(mentioning()).singleElement().satisfies(row -> assertThat(row.action()).isEqualTo(OutboxAction.REPLY));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a restart or a second process reaching the same stage does not ping again")
    void secondProcessDoesNotPingAgain(TestDatabase.Kind kind) {
        db = TestDatabase.create(kind);
        publisher(Set.of("agreed")).publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));

        anotherProcess().publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));

        assertThat(new OutboxStore(db.jdbc()).all()).hasSize(2);
        assertThat(mentioning()).hasSize(1);
    }

    @Test
    @DisplayName("the same story key after the story window is a new story and may ping once more")
    void newStoryAfterTheWindowPingsAgain() {
        db = TestDatabase.h2();
        AlertPublisher publisher = publisher(Set.of("agreed"));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));

        clock.advance(AlertPublisher.STORY_WINDOW.plus(Duration.ofDays(1)));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));

        assertThat(mentioning()).hasSize(2);
    }

    @Test
    @DisplayName("without ping.at, or without a role, nobody is ever mentioned")
    void noPingAtMeansNoPings() {
        db = TestDatabase.h2();
        AlertPublisher publisher = publisher(Set.of());

        publisher.publish(at(StoryUpdate.NEW_STORY, "talks"));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "agreed"));
        publisher.publish(at(StoryUpdate.STAGE_CHANGE, "official"));

        assertThat(mentioning()).isEmpty();
        Subscription roleless = Subscription.builder(CHANNEL).pingAt(Set.of("agreed")).build();
        assertThat(StagePings.wanted(roleless, at(StoryUpdate.STAGE_CHANGE, "agreed"))).isFalse();
    }

    @Test
    @DisplayName("ping.at accepts exactly the stages the rumour engine gives stories")
    void configuredStagesAreTheEnginesStages() {
        assertThat(AlertRouteProperties.STAGES)
                .containsExactlyElementsOf(Arrays.stream(StoryStage.values()).map(StoryStage::wire).toList());
    }
}
