package dev.rumourmill.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

    /** As {@link #ingest(FeedSource, List, boolean, Instant, Consumer)} with nothing else in the transaction. */
    public IngestReport ingest(FeedSource feed, List<FeedEntry> entries, boolean firstPoll, Instant now) {
        return ingest(feed, entries, firstPoll, now, report -> { });
    }

    /**
     * Ingests a fetched feed in one transaction: reads which entries are seen (once; not at all on the first poll,
     * when nothing of the feed can have been recorded yet), marks the skipped ones seen with one batched INSERT,
     * hands on the new ones, and finally runs {@code settle} with the report, so that what the poll records about
     * the feed commits with its entries. A crash before the commit leaves the feed as it was before the poll.
     *
     * @throws org.springframework.dao.DataAccessException when the transaction cannot be committed: nothing of it
     *                                                     is recorded, and every entry comes again
     */
    public IngestReport ingest(FeedSource feed, List<FeedEntry> entries, boolean firstPoll, Instant now,
                               Consumer<IngestReport> settle) {
        Map<String, FeedEntry> byKey = new LinkedHashMap<>();
        for (FeedEntry entry : entries) {
            byKey.putIfAbsent(SeenEntryStore.key(entry), entry);
        }
        return transactions.execute(feedTransaction -> {
            if (!firstPoll) {
                seen.seenAmong(feed.id(), byKey.keySet()).forEach(byKey::remove);
            }
            List<FeedEntry> deliver = new ArrayList<>(byKey.values());
            List<String> skip = new ArrayList<>();
            if (firstPoll) {
                // Should something be seen already (an older version's half-done first poll), the marks skip it and
                // its claim below fails, so it is never handed on twice.
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
            seen.markSeen(feed.id(), skip, now);
            deliver.sort(OLDEST_FIRST);
            IngestReport report = handOn(feed, deliver, skip.size(), now);
            settle.accept(report);
            return report;
        });
    }

    /**
     * Each entry in a savepoint of the feed's transaction: a handler that fails rolls back only its entry (which
     * stays unseen and comes again), and the feed pays for one commit instead of one per entry.
     */
    private IngestReport handOn(FeedSource feed, List<FeedEntry> entries, int skipped, Instant now) {
        int delivered = 0;
        List<String> failures = new ArrayList<>();
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
                delivered += Boolean.TRUE.equals(handed) ? 1 : 0;
            } catch (RuntimeException e) {
                // Rolled back to its savepoint: the entry stays unseen and is tried again on the next poll.
                log.warn("Feed '{}': handing on entry '{}' failed; it will be retried: {}", feed.name(), entry.title(), e.toString());
                failures.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        return new IngestReport(delivered, skipped, failures);
    }

    /**
     * @param delivered entries handed on in this poll
     * @param skipped   entries only marked as seen (first poll, or older than max-entry-age)
     * @param failures  why entries could not be handed on (they stay unseen)
     */
    public record IngestReport(int delivered, int skipped, List<String> failures) {
    }
}
