package dev.rumourmill.contracts;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to {@code /expiring}: a club's players whose contracts end within {@code withinMonths}, soonest
 * first (already expired ones lead). The discord package pages through {@link #page}.
 *
 * @param unknown players of the club whose expiry no source knows
 */
public record ExpiringReply(Club club, int withinMonths, LocalDate today, List<Entry> entries, int unknown,
        String sourceLine) implements ClubAnswer {

    /** One player of the list. */
    public record Entry(String playerId, String name, LocalDate expires, ContractStatusKind status,
            ContractSource sourceKind) {
    }

    public ExpiringReply {
        entries = List.copyOf(entries);
    }

    public int pageCount(int pageSize) {
        return Math.max(1, (entries.size() + pageSize - 1) / pageSize);
    }

    /** Page {@code index} (0-based, clamped to the pages there are). */
    public List<Entry> page(int index, int pageSize) {
        int clamped = Math.max(0, Math.min(index, pageCount(pageSize) - 1));
        int from = clamped * pageSize;
        return entries.subList(Math.min(from, entries.size()), Math.min(from + pageSize, entries.size()));
    }
}
