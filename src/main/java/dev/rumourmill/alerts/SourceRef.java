package dev.rumourmill.alerts;

import java.util.Locale;

/**
 * A journalist or outlet behind a story, with its reliability tier as the receiving community rates it.
 *
 * @param tier official, 1 (most reliable) to 4, aggregator, or null when the source is not rated
 * @param id     the knowledge base's id of the source, or null: lets a server's own tiers be applied
 * @param record the source's record on the receiving server ({@link TrackRecord#NONE} until a story it reported
 *               was settled there)
 */
public record SourceRef(String name, String tier, String id, TrackRecord record) {

    public SourceRef(String name, String tier) {
        this(name, tier, null);
    }

    public SourceRef(String name, String tier, String id) {
        this(name, tier, id, TrackRecord.NONE);
    }

    /** The same source with its record on the receiving server. */
    public SourceRef withRecord(TrackRecord record) {
        return new SourceRef(name, tier, id, record);
    }

    /** The same source at another tier (a server's own, or one its record earned). */
    public SourceRef withTier(String tier) {
        return new SourceRef(name, tier, id, record);
    }

    public SourceRef {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a source needs a name");
        }
        name = name.strip();
        tier = tier == null || tier.isBlank() ? null : tier.strip().toLowerCase(Locale.ROOT);
        record = record == null ? TrackRecord.NONE : record;
    }

    /** 0 for official, 1–4 as rated; aggregators and unrated sources count as 4 (the least reliable). */
    public int rank() {
        if (tier == null) {
            return 4;
        }
        return switch (tier) {
            case "official" -> 0;
            case "1", "2", "3", "4" -> Integer.parseInt(tier);
            default -> 4;
        };
    }

    public String badge() {
        if (tier == null) {
            return "unrated";
        }
        return switch (tier) {
            case "official" -> "official";
            case "aggregator" -> "aggregator";
            default -> "tier " + tier;
        };
    }
}
