package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuildTiersRoutingTest {

    private static final String SKEPTICS = "900000000000000001";
    private final TestDatabase db = TestDatabase.h2();
    private final SubscriptionStore subscriptions = new SubscriptionStore(db.jdbc());
    private final OutboxStore outbox = new OutboxStore(db.jdbc());
    /** One server rates Casey Reporter tier 4; everyone else keeps the default tier 1. */
    private final GuildTiers tiers = (sources, guild) -> sources.stream()
            .map(s -> SKEPTICS.equals(guild) && "casey".equals(s.id()) ? new SourceRef(s.name(), "4", s.id()) : s)
            .toList();
    private final AlertPublisher publisher = new AlertPublisher(subscriptions, outbox, new DigestStore(db.jdbc()), tiers,
            new MutableClock(Instant.parse("2026-11-28T12:00:00Z")));

    @AfterEach
    void close() {
        db.close();
    }

    private Subscription tierOneOnly(String channel, String guild) {
        return Subscription.builder(channel).guildId(guild).minTier(1).createdBy("t").createdAt(Instant.EPOCH).build();
    }

    @Test
    @DisplayName("a server that rates a source lower filters its stories out and shows its own badge; others do not")
    void eachServerUsesItsOwnTiers() {
        // GIVEN two channels that want tier-1 sources only, one in a server that distrusts Casey Reporter
        subscriptions.save(tierOneOnly("111111111111111111", SKEPTICS));
        subscriptions.save(tierOneOnly("222222222222222222", "900000000000000002"));

        // WHEN a story reported by Casey Reporter (tier 1 by default) is published
        List<String> channels = publisher.publish(aStory().sources(new SourceRef("Casey Reporter", "1", "casey")).build());

        // THEN only the other server's channel gets it, with the default badge
        assertThat(channels).containsExactly("222222222222222222");
        assertThat(outbox.all()).singleElement().satisfies(row ->
                assertThat(row.message().fields().get(0).value()).isEqualTo("Casey Reporter (tier 1)"));
    }

    @Test
    @DisplayName("the distrusting server still gets the story when it accepts tier 4, badged with its own tier")
    void badgeFollowsTheServer() {
        subscriptions.save(Subscription.builder("111111111111111111").guildId(SKEPTICS).createdBy("t")
                .createdAt(Instant.EPOCH).build());

        publisher.publish(aStory().sources(new SourceRef("Casey Reporter", "1", "casey")).build());

        assertThat(outbox.all()).singleElement().satisfies(row ->
                assertThat(row.message().fields().get(0).value()).isEqualTo("Casey Reporter (tier 4)"));
    }
}
