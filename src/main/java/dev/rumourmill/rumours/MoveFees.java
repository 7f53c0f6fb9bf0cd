package dev.rumourmill.rumours;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Picks the fee of one player's move among the amounts of an article: the amount the fee model thinks likeliest
 * to be his fee, as written, or none below the threshold. A wage, a market value or the fee of an earlier move
 * ("signed him from X for £15m in 2008") is never the fee, and a renewal or a free move has none.
 */
final class MoveFees {

    /**
     * How likely, at least, a club must be an end of his move for an amount beside it to count as near his move. Low
     * enough that a fee does not hang on the role model's last percent: a destination it gives 0.19 (at 0.2, a small
     * retraining of the role model lost two held-out fees) is still no bystander.
     */
    static final double MOVE_CLUB_ODDS = 0.15;
    /** The hand-written rules' pick keeps this head start over the model's odds. */
    private static final double RULES_HEAD_START = 0.3;

    /** The fee model's outcomes. */
    static final class FeeOutcome {
        static final String FEE = "fee";
        static final String OTHER = "other";

        private FeeOutcome() {
        }
    }

    private final TrainedModel fees;
    private final double feeThreshold;
    private final FeeExtractor amounts;
    private final OtherPlayersDeal othersDeal = new OtherPlayersDeal(Lexicon.english());

    MoveFees(TrainedModels models, FeeExtractor amounts) {
        this.fees = models.fees();
        this.feeThreshold = models.feeThreshold();
        this.amounts = amounts;
    }

    static String keyOrNull(String fee) {
        return fee == null ? null : Fees.key(fee);
    }

    /**
     * The clubs his fee would be written beside: the move's ends and any club the role model gives a fair chance
     * of being one (a destination it did not dare name is still no bystander).
     */
    static Set<String> moveClubs(Club fromClub, Club toClub, List<Club> clubs, List<double[]> odds) {
        Set<String> moveClubs = new HashSet<>();
        Stream.of(fromClub, toClub).filter(Objects::nonNull).forEach(c -> moveClubs.add(c.id()));
        for (int i = 0; i < clubs.size(); i++) {
            if (odds.get(i)[0] + odds.get(i)[1] >= MOVE_CLUB_ODDS) {
                moveClubs.add(clubs.get(i).id());
            }
        }
        return moveClubs;
    }

    String feeOf(ArticleText article, List<Mention> mentions, String playerId, Label label, MoveKind kind,
            List<FeeExtractor.Candidate> candidates, FeeFeatures features, Set<String> moveClubs) {
        if (kind == MoveKind.RENEWAL || kind == MoveKind.FREE) {
            return null; // he stays, or leaves for nothing: a clause the new contract sets or an old bid is no fee
        }
        String best = null;
        double bestP = feeThreshold;
        String rulePick = candidates.isEmpty() ? null : keyOrNull(amounts.extract(article, mentions, playerId));
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).wageOrValue() || candidates.get(i).pastMove()) {
                continue; // a wage, a market value or an earlier move's fee is never the fee, whatever its words
            }
            if (kind == MoveKind.LOAN && features.optionInClauseBefore(i)) {
                continue; // a loan's fee is its loan fee: an option to buy is a price for later
            }
            if (othersDeal.isAnothers(article, mentions, candidates.get(i).sentence(), candidates.get(i).start(), playerId)) {
                continue; // "offloaded <another player> to X for €30m"
            }
            // The model weighs the rules' pick as one feature; the pick also keeps a head start, because the
            // rules were written from real articles and the model learns from the team's corpus alone.
            double p = fees.probability(features.describe(i, playerId, label, rulePick, moveClubs), FeeOutcome.FEE)
                    + (candidates.get(i).key().equals(rulePick) ? RULES_HEAD_START : 0);
            if (p >= bestP) {
                bestP = p;
                best = candidates.get(i).asWritten();
            }
        }
        return best;
    }
}
