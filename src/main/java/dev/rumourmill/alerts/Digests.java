package dev.rumourmill.alerts;

import dev.rumourmill.config.DigestSchedule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the channels' digests: when a period of a channel's {@code post.digest} schedule has ended (the
 * {@code DigestRoutine} asks every few seconds), and when an admin runs {@code /digest now}. A digest is claimed,
 * filled with the stories that arrived before its end and queued in the outbox in one transaction
 * ({@link DigestStore}); the outbox then delivers it exactly once, like any alert. A channel's schedule is that of
 * its first subscription (by id) that has one; a paused channel makes no digest, so its stories wait for the
 * first one after it is resumed.
 */
public class Digests {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

    private final SubscriptionStore subscriptions;
    private final DigestStore store;
    private final OutboxStore outbox;
    private final TransactionTemplate transaction;
    private final DigestComposer composer = new DigestComposer();
    private final Clock clock;

    Digests(SubscriptionStore subscriptions, DigestStore store, OutboxStore outbox,
            PlatformTransactionManager transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.store = store;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Makes the digest of every channel whose period ended and has none yet; returns how many stories they list. */
    public int makeDue() {
        Instant now = clock.instant();
        int stories = 0;
        Set<String> seen = new HashSet<>();
        for (Subscription subscription : subscriptions.all()) {
            if (subscription.digest() == null || !seen.add(subscription.channelId()) || subscription.paused()) {
                continue;
            }
            Optional<Instant> end = subscription.digest().lastEndAtOrBefore(now);
            if (end.isPresent() && !store.made(subscription.channelId(), end.get())) {
                stories += make(subscription, end.get(), false, now).orElse(0);
            }
        }
        return stories;
    }

    /**
     * {@code /digest now}: posts the channel's digest so far; the next scheduled one lists only what comes after.
     *
     * @return a sentence for the admin who asked
     */
    public String postNow(String channelId) {
        Subscription subscription = subscriptions.forChannel(channelId).stream().filter(s -> s.digest() != null).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This channel gets single alerts, not a digest: set one "
                        + "with /alerts digest schedule: daily 18:00 Europe/London (or post.digest in bot-config.yml)."));
        if (subscription.paused()) {
            throw new IllegalArgumentException("Alerts to this channel are paused (" + subscription.pausedReason()
                    + "): fix that and run /alerts follow here first.");
        }
        Instant now = clock.instant();
        Optional<Integer> stories = make(subscription, now, true, now);
        if (stories.isEmpty()) {
            return "A digest for this channel is being made right now; it will arrive in a moment.";
        }
        String next = subscription.digest().nextEndAfter(now).map(end -> " The next one is due " + when(end,
                subscription.digest().zone()) + ".").orElse("");
        return stories.get() == 0 ? "No stories since the last digest: nothing to post." + next
                : "The digest of " + stories.get() + " " + (stories.get() == 1 ? "story" : "stories")
                        + " is on its way to this channel." + next;
    }

    /** Claims the period and queues its digest; empty when another process (or an earlier run) made it. */
    private Optional<Integer> make(Subscription subscription, Instant periodEnd, boolean manual, Instant now) {
        String channel = subscription.channelId();
        DigestSchedule schedule = subscription.digest();
        return transaction.execute(status -> {
            Optional<Instant> since = store.lastEnd(channel);
            Optional<Long> claimed = store.claim(channel, periodEnd, manual, now);
            if (claimed.isEmpty()) {
                return Optional.<Integer>empty();
            }
            store.giveBackParked(channel);
            List<DigestStore.Item> items = store.take(channel, claimed.get(), periodEnd);
            int stories = DigestComposer.stories(items);
            String title = "📰 Transfer round-up" + (manual ? " so far · " : " · ") + when(periodEnd, schedule.zone());
            String footer = "Rumour Mill · " + stories + (stories == 1 ? " story" : " stories")
                    + since.map(start -> " since " + when(start, schedule.zone())).orElse("");
            List<DigestComposer.Part> parts = composer.compose(items, title, footer);
            for (int i = 0; i < parts.size(); i++) {
                outbox.enqueue(channel, AlertPublisher.guildOf(subscription), DigestStore.storyKey(claimed.get(), i + 1),
                        OutboxAction.POST, parts.get(i).message(), now);
                store.assignPart(parts.get(i).itemIds(), i + 1);
            }
            return Optional.of(stories);
        });
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
