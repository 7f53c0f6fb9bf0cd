package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Alerts reach only the servers that may see the feed that reported the story. */
class FeedAudienceRoutingTest {

    private static final String SERVER_ONE = "910000000000000001";
    private static final String SERVER_TWO = "910000000000000002";
    private static final String CHANNEL_ONE = "111111111111111111";
    private static final String CHANNEL_TWO = "222222222222222222";
    private static final String UNKNOWN_SERVER_CHANNEL = "333333333333333333";

    private final TestDatabase db = TestDatabase.h2();
    private final SubscriptionStore subscriptions = new SubscriptionStore(db.jdbc());
    private final OutboxStore outbox = new OutboxStore(db.jdbc());
    private final AlertPublisher publisher = new AlertPublisher(subscriptions, outbox, new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(),
            new MutableClock(Instant.parse("2026-11-28T12:00:00Z")));

    @AfterEach
    void close() {
        db.close();
    }

    private void followLiverpool(String channel, String guild) {
        subscriptions.save(Subscription.builder(channel).guildId(guild).clubs(List.of("Liverpool")).createdBy("t")
                .createdAt(Instant.EPOCH).build());
    }

    @Test
    @DisplayName("FeedAudience: owners and every-server feeds include a server; a channel of unknown server only every-server feeds")
    void audienceRule() {
        FeedAudience owned = FeedAudience.of(Set.of(SERVER_TWO));

        assertThat(owned.includes(SERVER_TWO)).isTrue();
        assertThat(owned.includes(SERVER_ONE)).isFalse();
        assertThat(owned.includes(null)).isFalse();
        assertThat(FeedAudience.of(Set.of()).includes(SERVER_ONE)).isFalse();
        assertThat(FeedAudience.EVERY_SERVER.includes(SERVER_ONE)).isTrue();
        assertThat(FeedAudience.EVERY_SERVER.includes(null)).isTrue();
    }

    @Test
    @DisplayName("a story from server 2's own feed reaches server 2's channel, not server 1's channel following the same club")
    void ownFeedReachesOnlyItsServer() {
        // GIVEN a channel in each server following Liverpool, and a config route whose server is not known yet
        followLiverpool(CHANNEL_ONE, SERVER_ONE);
        followLiverpool(CHANNEL_TWO, SERVER_TWO);
        followLiverpool(UNKNOWN_SERVER_CHANNEL, null);

        // WHEN a feed only server 2 added reports a Liverpool story
        List<String> channels = publisher.publish(aStory().build(), FeedAudience.of(Set.of(SERVER_TWO)));

        // THEN only server 2's channel gets an alert
        assertThat(channels).containsExactly(CHANNEL_TWO);
        assertThat(outbox.all()).extracting(OutboxRow::channelId).containsExactly(CHANNEL_TWO);
    }

    @Test
    @DisplayName("a feed of every server alerts every server's channel")
    void everyServerFeedReachesAll() {
        followLiverpool(CHANNEL_ONE, SERVER_ONE);
        followLiverpool(CHANNEL_TWO, SERVER_TWO);
        followLiverpool(UNKNOWN_SERVER_CHANNEL, null);

        List<String> channels = publisher.publish(aStory().build(), FeedAudience.EVERY_SERVER);

        assertThat(channels).containsExactlyInAnyOrder(CHANNEL_ONE, CHANNEL_TWO, UNKNOWN_SERVER_CHANNEL);
    }

    @Test
    @DisplayName("server 2's feed cannot edit server 1's message; server 1's own feed then posts it to server 1 once")
    void updatesStayWithTheirServer() {
        // GIVEN server 1 got the story from its own feed
        followLiverpool(CHANNEL_ONE, SERVER_ONE);
        followLiverpool(CHANNEL_TWO, SERVER_TWO);
        publisher.publish(aStory().build(), FeedAudience.of(Set.of(SERVER_ONE)));

        // WHEN server 2's own feed reports the same story with a new source
        List<String> update = publisher.publish(aStory().update(StoryUpdate.NEW_SOURCE)
                .sources(new SourceRef("Other Outlet", "2")).build(), FeedAudience.of(Set.of(SERVER_TWO)));

        // THEN server 2's channel gets it, and server 1's message is left as it was
        assertThat(update).containsExactly(CHANNEL_TWO);
        assertThat(outbox.all()).filteredOn(row -> row.channelId().equals(CHANNEL_ONE)).singleElement()
                .satisfies(row -> assertThat(row.action()).isEqualTo(OutboxAction.POST));
        assertThat(outbox.all()).filteredOn(row -> row.channelId().equals(CHANNEL_TWO)).hasSize(1);
    }

    @Test
    @DisplayName("a repeat from server 1's feed posts the story to server 1 once and leaves server 2's message alone")
    void repeatCatchesUpAServerThatHadNotSeenTheStory() {
        // GIVEN server 2 got the story from its own feed
        followLiverpool(CHANNEL_ONE, SERVER_ONE);
        followLiverpool(CHANNEL_TWO, SERVER_TWO);
        publisher.publish(aStory().build(), FeedAudience.of(Set.of(SERVER_TWO)));

        // WHEN a feed of every server carries a copy of it with nothing new, twice
        List<String> first = publisher.publish(aStory().update(StoryUpdate.CATCH_UP).build(), FeedAudience.EVERY_SERVER);
        List<String> again = publisher.publish(aStory().update(StoryUpdate.CATCH_UP).build(), FeedAudience.EVERY_SERVER);

        // THEN server 1 gets its first message once; server 2 gets no edit
        assertThat(first).containsExactly(CHANNEL_ONE);
        assertThat(again).isEmpty();
        assertThat(outbox.all()).extracting(OutboxRow::channelId, OutboxRow::action).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(CHANNEL_TWO, OutboxAction.POST),
                org.assertj.core.groups.Tuple.tuple(CHANNEL_ONE, OutboxAction.POST));
    }

    @Test
    @DisplayName("a stage change from server 1's feed is server 1's first message: the whole story, posted")
    void firstMessageOfAServerIsAPost() {
        followLiverpool(CHANNEL_ONE, SERVER_ONE);
        followLiverpool(CHANNEL_TWO, SERVER_TWO);
        publisher.publish(aStory().build(), FeedAudience.of(Set.of(SERVER_TWO)));

        publisher.publish(aStory().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build(), FeedAudience.of(Set.of(SERVER_ONE)));

        assertThat(outbox.all()).filteredOn(row -> row.channelId().equals(CHANNEL_ONE)).singleElement()
                .satisfies(row -> assertThat(row.action()).isEqualTo(OutboxAction.POST));
        assertThat(outbox.all()).filteredOn(row -> row.channelId().equals(CHANNEL_TWO)).hasSize(1);
    }

    @Test
    @DisplayName("an update weeks after the first message updates it; only a new story takes over an old reservation")
    void lateUpdateOfALongStoryEdits() {
        // GIVEN server 1's channel got the story 20 days ago
        MutableClock clock = new MutableClock(Instant.parse("2026-11-01T12:00:00Z"));
        AlertPublisher later = new AlertPublisher(subscriptions, outbox, new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(), clock);
        followLiverpool(CHANNEL_ONE, SERVER_ONE);
        later.publish(aStory().build(), FeedAudience.EVERY_SERVER);
        clock.advance(java.time.Duration.ofDays(20));

        // WHEN the long-running story is repeated and then gets a new source
        List<String> repeat = later.publish(aStory().update(StoryUpdate.CATCH_UP).build(), FeedAudience.EVERY_SERVER);
        later.publish(aStory().update(StoryUpdate.NEW_SOURCE).build(), FeedAudience.EVERY_SERVER);

        // THEN the repeat sends nothing and the new source updates the one first message (still queued here)
        // instead of posting a second
        assertThat(repeat).isEmpty();
        assertThat(outbox.all()).extracting(OutboxRow::action).containsExactly(OutboxAction.POST);
    }
}
