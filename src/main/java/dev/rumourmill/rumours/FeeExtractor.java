package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the transfer fee as written. Wages ("£500,000 a week"), market values, a club's money ("the cap", "an
 * investor") and amounts far from any
 * transfer word are not fees; among the rest, the one nearest the headline and the subject wins.
 */
final class FeeExtractor {

    private final Amounts amounts;
    private final Pattern feeWord;
    /** Words that name the fee itself ("fee", "bid", "offer"): the sentence's amount ranks higher. */
    private final Pattern offerWord;
    private final Pattern notAFeeAfter;
    private final Pattern notAFeeBefore;
    /** Words after an amount that belong to the fee as written ("release clause"). */
    private final Pattern suffix;
    /** Words before an amount that make it a later, raised offer ("a second bid of"). */
    private final BidWording bids;
    /** A clause about an earlier move ("Everton signed him from X for £15m in 2008"): its amount is no fee now. */
    private final PastCareerClause pastMove;
    /** A salary cap, budget or finance figure ("a cap hit of $743,000", "money from a new investor"). */
    private final ClubMoneyWording clubMoney;

    FeeExtractor() {
        this(Lexicon.english());
    }

    FeeExtractor(Lexicon lexicon) {
        this.amounts = new Amounts(lexicon);
        this.feeWord = Pattern.compile("\\b" + lexicon.anyOf("fee-words") + "\\b");
        this.offerWord = Pattern.compile("\\b" + lexicon.anyOf("fee-offer-words"));
        this.notAFeeAfter = Pattern.compile("^[\\s-]*(?:\\([^)]*\\)\\s*)?" + lexicon.anyOf("not-a-fee-after", "[\\s-]+"));
        this.notAFeeBefore = Pattern.compile("\\b" + lexicon.anyOf("not-a-fee-before") + "\\s*$");
        this.suffix = Pattern.compile("\\s?" + lexicon.anyOf("fee-suffixes", " "));
        this.bids = BidWording.of(lexicon);
        this.pastMove = new PastCareerClause(lexicon);
        this.clubMoney = new ClubMoneyWording(lexicon);
    }

    /** An amount of money in the article, with what the rules know of it, for the fee model. */
    record Candidate(int sentence, int start, int end, String asWritten, String key, boolean wageOrValue,
            boolean feeWordInSentence, boolean offerWordInSentence, boolean pastMove) {
    }

    /** Every amount outside page clutter, in text order. */
    List<Candidate> candidates(ArticleText article) {
        List<Candidate> found = new ArrayList<>();
        for (int s = 0; s < article.sentenceCount(); s++) {
            if (article.isClutter(s)) {
                continue;
            }
            String sentence = article.sentence(s);
            Matcher m = amounts.matcher(sentence);
            Boolean feeWords = null; // the sentence's words are looked at only when it writes an amount, then once
            boolean offerWords = false;
            while (m.find()) {
                if (feeWords == null) {
                    String folded = article.foldedSentence(s);
                    feeWords = feeWord.matcher(folded).find();
                    offerWords = offerWord.matcher(folded).find();
                }
                String written = asWritten(m, sentence);
                int start = article.sentenceStart(s) + m.start();
                int end = article.sentenceStart(s) + m.end();
                found.add(new Candidate(s, start, end, written, Fees.key(written), isWageOrValue(sentence, m),
                        feeWords, offerWords, pastMove.containsSpan(article, start, end, s)));
            }
        }
        return found;
    }

    /**
     * @param mentions the article's names, discovered players included
     * @param mainPlayerId the player whose fee is wanted, or null for any
     */
    String extract(ArticleText article, List<Mention> mentions, String mainPlayerId) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bodyIndex = 0;
        for (int s = 0; s < article.sentenceCount(); s++) {
            boolean title = article.isTitle(s);
            if (!title) {
                bodyIndex++;
            }
            // every sentence is read: an amount may be written in words ("five million pounds")
            String sentence = article.sentence(s);
            String folded = null; // folded only for a sentence with an amount, then once
            Matcher m = amounts.matcher(sentence);
            while (m.find()) {
                if (isWageOrValue(sentence, m)) {
                    continue;
                }
                if (folded == null) {
                    folded = article.foldedSentence(s);
                }
                if (!feeWord.matcher(folded).find()) {
                    break; // no fee words, no fee in this sentence
                }
                double score = (title ? 2 : bodyIndex <= 3 ? 1.5 : 0) - 0.05 * bodyIndex;
                int at = article.sentenceStart(s);
                Owner owner = ownerAround(article, mentions, s, at + m.start(), at + m.end(), mainPlayerId);
                if (owner == Owner.OTHER_NEAR) {
                    continue; // "€10m to sign X", "X's €50m clause": another player's amount, not this move's
                }
                if (owner == Owner.HIM) {
                    score += 2;
                }
                if (offerWord.matcher(folded).find()) {
                    score += 1;
                }
                if (bids.laterOffer(article, at + m.start())) {
                    score += 2; // of several bids, the latest is the one the move is about
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = asWritten(m, sentence);
                }
            }
        }
        return best;
    }

    /** A wage, a market value or a club's money (a cap, budget or finance figure): never a fee. */
    private boolean isWageOrValue(String sentence, Matcher m) {
        if (clubMoney.isClubMoney(sentence, m.start(), m.end())) {
            return true;
        }
        String after = FoldedText.fold(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 25)));
        String before = FoldedText.fold(sentence.substring(Math.max(0, m.start() - 20), m.start()));
        return notAFeeAfter.matcher(after).find() || notAFeeBefore.matcher(before).find();
    }

    /** Whose an amount looks, from the players its sentence names. */
    enum Owner {
        /** The sentence names the player. */
        HIM,
        /** It does not, and another player is named right next to the amount ("€10m to sign X"). */
        OTHER_NEAR,
        /** It does not, and names another player further away. */
        OTHERS_ONLY,
        /** It names no player. */
        NONE
    }

    /** How close, in characters, another player's name must be to the amount to make it his. */
    static final int NEAR_CHARS = 40;

    /**
     * Whose the amount at [start, end) (article offsets) of {@code sentence} looks, for the player
     * {@code playerId} (null: no player in particular, always NONE).
     */
    static Owner ownerAround(ArticleText article, List<Mention> mentions, int sentence, int start, int end,
            String playerId) {
        Owner owner = Owner.NONE;
        for (Mention mention : mentions) {
            if (mention.kind() != EntityKind.PLAYER || article.sentenceOf(mention.start()) != sentence) {
                continue;
            }
            if (mention.id().equals(playerId)) {
                return Owner.HIM;
            }
            boolean near = mention.end() > start - NEAR_CHARS && mention.start() < end + NEAR_CHARS;
            if (near || owner == Owner.NONE) {
                owner = near ? Owner.OTHER_NEAR : Owner.OTHERS_ONLY;
            }
        }
        return playerId == null ? Owner.NONE : owner;
    }

    /** The amount with its qualifier and conversion, and "release clause" when it directly follows. */
    private String asWritten(Matcher m, String sentence) {
        String text = (amounts.qualifierBefore(sentence, m.start()) + m.group()).strip();
        Matcher after = suffix.matcher(sentence).region(m.end(), sentence.length());
        return after.lookingAt() ? text + " " + after.group().strip() : text;
    }
}
