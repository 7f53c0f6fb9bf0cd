package dev.rumourmill.alerts;

import dev.rumourmill.rumours.StoryStage;
import java.util.Locale;
import java.util.Optional;

/**
 * What a settled story means for the sources that reported it (docs/alerts.md#source-records). Pure rules, no
 * storage: {@link SourceOutcomes} applies them to the claims it keeps.
 *
 * <ul>
 *   <li>A story is settled when it reaches <em>official</em> ({@link Settlement#CONFIRMED}), is <em>denied</em>
 *       ({@link Settlement#DENIED}), or when the player officially joins another club than it named
 *       ({@link Settlement#ELSEWHERE}).</li>
 *   <li>A source that reported the story at an earlier stage scores a hit when it was confirmed, a miss when it
 *       collapsed. A report made at the settling stage itself (the official announcement, the denial) is ignored:
 *       it called nothing in advance.</li>
 *   <li>Official is the truth: a story that becomes official after a denial turns its misses into hits, and a hit is
 *       never taken back by a later denial or move.</li>
 * </ul>
 */
final class SourceOutcomeRules {

    /** Settled stories needed before a record may set a server's tier (opt-in, {@code sources.learn-tiers}). */
    static final int MIN_SAMPLE = 5;

    /** How a story was settled. */
    enum Settlement {
        CONFIRMED, DENIED, ELSEWHERE;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a claim came to. */
    enum Outcome {
        HIT, MISS, IGNORED;

        static Outcome parse(String stored) {
            return stored == null ? null : valueOf(stored);
        }
    }

    private SourceOutcomeRules() {
    }

    /** How the story's own claims are settled at this stage: official confirms, a denial collapses, else open. */
    static Optional<Settlement> settlementAt(StoryStage stage) {
        return switch (stage) {
            case OFFICIAL -> Optional.of(Settlement.CONFIRMED);
            case DENIED -> Optional.of(Settlement.DENIED);
            default -> Optional.empty();
        };
    }

    /**
     * The outcome of one claim once its story is settled.
     *
     * @param claimStage the story's stage when the source reported it (interest … official, denied)
     * @param current    the claim's outcome so far, or null while its story was open
     */
    static Outcome judge(String claimStage, Settlement settlement, Outcome current) {
        if (current == Outcome.HIT) {
            return Outcome.HIT;
        }
        if (current != null && settlement != Settlement.CONFIRMED) {
            return current;
        }
        boolean inAdvance = !StoryStage.OFFICIAL.wire().equals(claimStage) && !StoryStage.DENIED.wire().equals(claimStage);
        if (!inAdvance) {
            return current == null ? Outcome.IGNORED : current;
        }
        return settlement == Settlement.CONFIRMED ? Outcome.HIT : Outcome.MISS;
    }

    /**
     * The tier a record earns on a server that learns tiers: none below {@link #MIN_SAMPLE} settled stories, then
     * 1 from 80 % hits, 2 from 60 %, 3 from 40 %, else 4.
     */
    static Optional<String> learnedTier(TrackRecord record) {
        if (record.settled() < MIN_SAMPLE) {
            return Optional.empty();
        }
        double rate = record.hitRate();
        return Optional.of(rate >= 0.8 ? "1" : rate >= 0.6 ? "2" : rate >= 0.4 ? "3" : "4");
    }
}
