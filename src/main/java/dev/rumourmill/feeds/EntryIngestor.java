package dev.rumourmill.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides which entries of a fetched feed are new and hands each one on exactly once. The first poll
 * of a feed only marks what is there as seen (plus an optional preview of the newest N); later polls
 * hand on unseen entries oldest first, skipping those older than max-entry-age so that an outage never
 * floods a channel.
 */
public class EntryIngestor {

    private static final Logger log = LoggerFactory.getLogger(EntryIngestor.class);

    /** Oldest first; entries without a date keep their feed order after the dated ones. */
    private static final Comparator<FeedEntry> OLDEST_FIRST =
            Comparator.comparing(FeedEntry::date, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final Comparator<FeedEntry> NEWEST_FIRST =
            Comparator.comparing(FeedEntry::date, Comparator.nullsLast(Comparator.reverseOrder()));

    private final SeenEntryStore seen;
    private final TransactionTemplate transactions;
    private final TransactionTemplate perEntry;
    private final NewEntryHandler handler;
    private final Duration maxEntryAge;

    public EntryIngestor(SeenEntryStore seen, TransactionTemplate transactions, NewEntryHandler handler, Duration maxEntryAge) {
        this.seen = seen;
        this.transactions = transactions;
        this.perEntry = new TransactionTemplate(transactions.getTransactionManager());
        this.perEntry.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.handler = handler;
        this.maxEntryAge = maxEntryAge;
    }

    public IngestReport ingest(FeedSource feed, List<FeedEntry> entries, boolean firstPoll, Instant now) {
        Map<String, FeedEntry> byKey = new LinkedHashMap<>();
        for (FeedEntry entry : entries) {
            byKey.putIfAbsent(SeenEntryStore.key(entry), entry);
        }
        Set<String> alreadySeen = seen.seenAmong(feed.id(), byKey.keySet());
        alreadySeen.forEach(byKey::remove);
        List<FeedEntry> deliver = new ArrayList<>(byKey.values());
        List<String> skip = new ArrayList<>();
        if (firstPoll) {
            deliver.sort(NEWEST_FIRST);
            List<FeedEntry> preview = new ArrayList<>(deliver.subList(0, Math.min(feed.preview(), deliver.size())));
            deliver.subList(preview.size(), deliver.size()).forEach(e -> skip.add(SeenEntryStore.key(e)));
            deliver = preview;
        } else {
            Instant oldest = now.minus(maxEntryAge);
            deliver.removeIf(e -> {
                boolean tooOld = e.date() != null && e.date().isBefore(oldest);
                if (tooOld) {
                    skip.add(SeenEntryStore.key(e));
                }
                return tooOld;
            });
        }
        // Read as unseen just above: no second look at the seen set.
        seen.markUnseenAsSeen(feed.id(), skip, now);
        deliver.sort(OLDEST_FIRST);
        return handOn(feed, deliver, skip.size(), now);
    }

    /**
     * One transaction for the feed's new entries, each in a savepoint of its own: a handler that fails
     * rolls back only its entry (which stays unseen and comes again), and the feed pays for one commit
     * instead of one per entry. If that commit fails, none of them is recorded and all come again.
     */
    private IngestReport handOn(FeedSource feed, List<FeedEntry> entries, int skipped, Instant now) {
        if (entries.isEmpty()) {
            return new IngestReport(0, skipped, List.of());
        }
        int[] delivered = {0};
        List<String> failures = new ArrayList<>();
        try {
            transactions.executeWithoutResult(feedTransaction -> {
                for (FeedEntry entry : entries) {
                    try {
                        Boolean handed = perEntry.execute(status -> {
                            if (!seen.claim(feed.id(), SeenEntryStore.key(entry), now)) {
                                status.setRollbackOnly();
                                return false;
                            }
                            handler.handle(feed, entry);
                            return true;
                        });
                        delivered[0] += Boolean.TRUE.equals(handed) ? 1 : 0;
                    } catch (RuntimeException e) {
                        // Rolled back to its savepoint: the entry stays unseen and is tried again on the next poll.
                        log.warn("Feed '{}': handing on entry '{}' failed; it will be retried: {}", feed.name(), entry.title(), e.toString());
                        failures.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Feed '{}': recording {} handed-on entries failed; they will be retried: {}", feed.name(), entries.size(), e.toString());
            failures.clear();
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            entries.forEach(entry -> failures.add(why));
            delivered[0] = 0;
        }
        return new IngestReport(delivered[0], skipped, failures);
    }

    /**
     * @param delivered entries handed on in this poll
     * @param skipped   entries only marked as seen (first poll, or older than max-entry-age)
     * @param failures  why entries could not be handed on (they stay unseen)
     */
    public record IngestReport(int delivered, int skipped, List<String> failures) {
    }
}
