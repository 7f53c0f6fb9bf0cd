package dev.rumourmill.feeds;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which entries of each feed were already ingested. Keys are SHA-256 hex of the entry identity, so
 * every row has the same small size whatever the feed puts in its guids.
 */
public class SeenEntryStore {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;

    public SeenEntryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String key(FeedEntry entry) {
        return EntryIdentity.sha256(entry.id());
    }

    /** The keys among {@code keys} already seen for this feed. */
    public Set<String> seenAmong(long feedId, Collection<String> keys) {
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int start = 0; start < all.size(); start += CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + CHUNK));
            String placeholders = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(feedId);
            args.addAll(chunk);
            seen.addAll(jdbc.queryForList("SELECT entry_key FROM feed_seen_entry WHERE feed_id = ? AND entry_key IN ("
                    + placeholders + ")", String.class, args.toArray()));
        }
        return seen;
    }

    /**
     * Records one entry as ingested. Run inside the transaction that hands it on: false means another
     * process (or an earlier run) got there first and the entry must not be handed on again.
     */
    public boolean claim(long feedId, String key, Instant now) {
        try {
            jdbc.update("INSERT INTO feed_seen_entry (feed_id, entry_key, seen_at, delivered) VALUES (?, ?, ?, TRUE)",
                    feedId, key, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Marks entries as seen without handing them on (first poll, too old): one batched INSERT. Keys already seen
     * are skipped by the database, so this needs no read first and is safe inside a transaction on PostgreSQL.
     */
    public void markSeen(long feedId, Collection<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        jdbc.batchUpdate("INSERT INTO feed_seen_entry (feed_id, entry_key, seen_at, delivered) VALUES (?, ?, ?, FALSE) "
                + "ON CONFLICT DO NOTHING", keys.stream().map(key -> new Object[] {feedId, key, at}).toList());
    }

    public int count(long feedId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM feed_seen_entry WHERE feed_id = ?", Integer.class, feedId);
    }
}
