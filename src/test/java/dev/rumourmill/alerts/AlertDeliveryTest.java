package dev.rumourmill.alerts;

import static dev.rumourmill.alerts.Stories.aStory;
import static dev.rumourmill.alerts.Stories.following;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertRouteProperties;
import dev.rumourmill.config.AlertStyle;
import dev.rumourmill.testsupport.MutableClock;
import dev.rumourmill.testsupport.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlertDeliveryTest {

    /** A scripted platform: answers with queued outcomes (else success) and records what it was asked. */
    static final class ScriptedSender implements AlertSender {
        final Deque<SendOutcome> script = new ArrayDeque<>();
        final List<String> sent = new ArrayList<>();
        final List<AlertStyle> styles = new ArrayList<>();
        int counter;

        @Override
        public SendOutcome send(OutgoingAlert alert) {
            SendOutcome next = script.poll();
            if (next != null) {
                return next;
            }
            String target = alert.targetMessageId();
            sent.add(alert.action() + (target == null ? "" : "->" + target) + ":" + alert.message().title());
            styles.add(alert.message().style());
            return new SendOutcome.Sent("m" + (++counter));
        }
    }

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final ScriptedSender sender = new ScriptedSender();
    private final List<String> notices = new ArrayList<>();

    private record Wiring(AlertPublisher publisher, AlertDelivery delivery, OutboxStore outbox, SubscriptionStore subs) {
    }

    private Wiring wire(TestDatabase db) {
        OutboxStore outbox = new OutboxStore(db.jdbc());
        SubscriptionStore subscriptions = new SubscriptionStore(db.jdbc());
        return new Wiring(new AlertPublisher(subscriptions, outbox, new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(), clock),
                new AlertDelivery(outbox, subscriptions, sender, List.of(notices::add), DeliveryTiming.defaults(), clock),
                outbox, subscriptions);
    }

    private void drain(AlertDelivery delivery) {
        for (int i = 0; i < 50; i++) {
            delivery.deliverDue();
            clock.advance(Duration.ofMinutes(11));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a new story is sent once to each following channel; a second outlet edits it, a stage change replies")
    void storyLifecycle(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a channel following Liverpool
            Wiring w = wire(db);
            w.subs().save(following("111111111111111111", List.of("Liverpool"), List.of()));

            // WHEN a story arrives, is sent, then a second outlet reports it, then it is agreed
            w.publisher().publish(aStory().build());
            w.delivery().deliverDue();
            w.publisher().publish(aStory().update(StoryUpdate.NEW_SOURCE)
                    .sources(new SourceRef("Casey Reporter", "2"), new SourceRef("Other Outlet", "3")).build());
            w.delivery().deliverDue();
            w.publisher().publish(aStory().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build());
            w.delivery().deliverDue();

            // THEN one post, one edit of that post, one reply to it — nothing more
            assertThat(sender.sent).containsExactly(
                    "POST:🔄 Tomas Brennan → Real Madrid",
                    "EDIT->m1:🔄 Tomas Brennan → Real Madrid",
                    "REPLY->m1:Update: agreed · Tomas Brennan → Real Madrid");
            assertThat(w.outbox().all()).allMatch(r -> r.status() == OutboxRow.Status.SENT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("an edit keeps the form its message was sent in when the channel's style changed; new messages take the new one")
    void editKeepsTheFormOfItsMessage(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN a story sent as an embed, then the channel's route switched to components (a restart with a new file)
            String channel = "111111111111111111";
            Wiring w = wire(db);
            w.subs().save(following(channel, List.of(), List.of()));
            w.publisher().publish(aStory().build());
            w.delivery().deliverDue();
            AlertStyles components = AlertStyles.of(List.of(new AlertRouteProperties(channel, null, null, null, null, null,
                    null, new AlertRouteProperties.Post(AlertStyle.COMPONENTS, null, null, null))));
            AlertPublisher switched = new AlertPublisher(w.subs(), w.outbox(), new DigestStore(db.jdbc()), GuildTiers.sameEverywhere(),
                    components, clock);

            // WHEN a second outlet reports the story (an edit), then it is agreed (a reply), then a new story comes
            switched.publish(aStory().update(StoryUpdate.NEW_SOURCE)
                    .sources(new SourceRef("Casey Reporter", "2"), new SourceRef("Other Outlet", "3")).build());
            w.delivery().deliverDue();
            switched.publish(aStory().update(StoryUpdate.STAGE_CHANGE).stage("agreed").build());
            w.delivery().deliverDue();
            switched.publish(aStory().key("story-2").headline("Story 2").build());
            w.delivery().deliverDue();

            // THEN the edit went out as an embed, like its message (Discord cannot turn one form into the other on an
            // edit), while the reply and the new story, new messages, are components
            assertThat(sender.sent).containsExactly("POST:🔄 Tomas Brennan → Real Madrid",
                    "EDIT->m1:🔄 Tomas Brennan → Real Madrid", "REPLY->m1:Update: agreed · Tomas Brennan → Real Madrid",
                    "POST:🔄 Story 2");
            assertThat(sender.styles).containsExactly(AlertStyle.EMBED, AlertStyle.EMBED, AlertStyle.COMPONENTS,
                    AlertStyle.COMPONENTS);

            // AND back: the components story's edit stays components after the route returns to embeds
            w.publisher().publish(aStory().key("story-2").headline("Story 2").update(StoryUpdate.NEW_SOURCE)
                    .sources(new SourceRef("Casey Reporter", "2"), new SourceRef("Other Outlet", "3")).build());
            w.delivery().deliverDue();
            assertThat(sender.sent.get(4)).isEqualTo("EDIT->m4:🔄 Story 2");
            assertThat(sender.styles.get(4)).isEqualTo(AlertStyle.COMPONENTS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a second outlet before the first alert went out updates that alert instead of adding an edit")
    void unsentAlertIsUpdatedInPlace(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Wiring w = wire(db);
            w.subs().save(following("111111111111111111", List.of(), List.of()));

            w.publisher().publish(aStory().build());
            w.publisher().publish(aStory().update(StoryUpdate.NEW_SOURCE)
                    .sources(new SourceRef("Casey Reporter", "2"), new SourceRef("Other Outlet", "3"))
                    .alsoReportedBy(new SourceRef("Other Outlet", "3")).build());
            drain(w.delivery());

            assertThat(w.outbox().all()).singleElement().satisfies(row ->
                    assertThat(row.message().fields().get(0).value()).contains("Also reported by Other Outlet"));
            assertThat(sender.sent).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("during an outage (503, 429) alerts wait with back-off and are all delivered afterwards, in order, once")
    void outageThenRecovery(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN three stories for one channel and a platform that fails five times
            Wiring w = wire(db);
            w.subs().save(following("111111111111111111", List.of(), List.of()));
            for (int i = 1; i <= 3; i++) {
                w.publisher().publish(aStory().key("story-" + i).headline("Story " + i).build());
            }
            for (int i = 0; i < 4; i++) {
                sender.script.add(new SendOutcome.RetryLater("HTTP 503", null));
            }
            sender.script.add(new SendOutcome.RetryLater("HTTP 429", Duration.ofSeconds(30)));

            // WHEN delivery keeps running
            w.delivery().deliverDue();
            OutboxRow first = w.outbox().all().get(0);
            drain(w.delivery());

            // THEN the first row had waited with a growing delay, and all arrived in order, exactly once
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.nextAttemptAt()).isAfter(clock.instant().minus(Duration.ofDays(1)));
            assertThat(sender.sent).containsExactly("POST:🔄 Story 1", "POST:🔄 Story 2", "POST:🔄 Story 3");
            assertThat(w.outbox().all()).extracting(OutboxRow::status).containsOnly(OutboxRow.Status.SENT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a permanent error parks the channel's alerts, pauses it and tells the admins once — no retry loop")
    void permanentErrorParksAndPauses(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Wiring w = wire(db);
            w.subs().save(following("111111111111111111", List.of(), List.of()));
            w.subs().save(following("222222222222222222", List.of(), List.of()));
            w.publisher().publish(aStory().key("a").headline("A").build());
            w.publisher().publish(aStory().key("b").headline("B").build());
            sender.script.add(new SendOutcome.Permanent("Missing Access (50001)"));

            drain(w.delivery());
            w.publisher().publish(aStory().key("c").headline("C").build());
            drain(w.delivery());

            // THEN the other channel got everything, the broken one nothing more, and one notice was given
            assertThat(w.outbox().all()).filteredOn(r -> r.channelId().equals("111111111111111111"))
                    .extracting(OutboxRow::status).containsOnly(OutboxRow.Status.PARKED);
            assertThat(w.subs().forChannel("111111111111111111")).allMatch(Subscription::paused);
            assertThat(sender.sent).containsExactly("POST:🔄 A", "POST:🔄 B", "POST:🔄 C");
            assertThat(notices).singleElement().asString().contains("111111111111111111").contains("Missing Access");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a restart between the outbox write and the send delivers the alert exactly once")
    void restartBetweenWriteAndSend(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            // GIVEN an alert written by one process that stopped before sending it
            wire(db).subs().save(following("111111111111111111", List.of(), List.of()));
            wire(db).publisher().publish(aStory().build());

            // WHEN a new process (new stores over the same database) starts delivering, twice over
            Wiring restarted = wire(db);
            restarted.delivery().deliverDue();
            restarted.delivery().deliverDue();

            // THEN it was sent once
            assertThat(sender.sent).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a row claimed by one process is not sent by another at the same time")
    void claimsKeepProcessesApart(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Wiring w = wire(db);
            w.subs().save(following("111111111111111111", List.of(), List.of()));
            w.publisher().publish(aStory().build());

            List<OutboxRow> first = w.outbox().claimDue(clock.instant(), Duration.ofMinutes(2), 10, "p1", DeliveryScope.everything());
            List<OutboxRow> second = w.outbox().claimDue(clock.instant(), Duration.ofMinutes(2), 10, "p2", DeliveryScope.everything());

            assertThat(first).hasSize(1);
            assertThat(second).isEmpty();

            // and a stopping process gives its claims back
            w.outbox().releaseClaims("p1");
            assertThat(w.outbox().claimDue(clock.instant(), Duration.ofMinutes(2), 10, "p2", DeliveryScope.everything())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("a channel's hourly cap holds further alerts back until the hour has passed, losing none")
    void hourlyCap(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Wiring w = wire(db);
            w.subs().save(Subscription.builder("111111111111111111").maxPerHour(2).createdBy("t")
                    .createdAt(clock.instant()).build());
            for (int i = 1; i <= 3; i++) {
                w.publisher().publish(aStory().key("s" + i).headline("S" + i).build());
            }

            for (int i = 0; i < 5; i++) {
                w.delivery().deliverDue();
            }
            assertThat(sender.sent).hasSize(2);

            clock.advance(Duration.ofMinutes(61));
            w.delivery().deliverDue();
            assertThat(sender.sent).containsExactly("POST:🔄 S1", "POST:🔄 S2", "POST:🔄 S3");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("an edit whose message was deleted by a moderator posts the story anew")
    void deletedMessageIsReposted(TestDatabase.Kind kind) {
        try (TestDatabase db = TestDatabase.create(kind)) {
            Wiring w = wire(db);
            w.subs().save(following("111111111111111111", List.of(), List.of()));
            w.publisher().publish(aStory().build());
            w.delivery().deliverDue();
            w.publisher().publish(aStory().update(StoryUpdate.NEW_SOURCE).build());
            sender.script.add(new SendOutcome.TargetMissing("Unknown Message"));

            w.delivery().deliverDue();
            w.delivery().deliverDue();

            assertThat(sender.sent).containsExactly("POST:🔄 Tomas Brennan → Real Madrid", "EDIT:🔄 Tomas Brennan → Real Madrid");
            assertThat(w.outbox().targets().storyMessage("111111111111111111", "tomas-brennan>real-madrid")).contains("m2");
        }
    }
}
