package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Describes one amount of money for the fee model, for one player's move: the words around it, whether
 * its sentence names the player (or only someone else), whether the rules read it as a wage or a market
 * value, where it stands in the article, and how it compares with the article's other amounts.
 */
final class FeeFeatures {

    private static final int CONTEXT_CHARS = 50;
    private static final int BAG = 3;

    /** The price kind of an option for later ("an option to buy set at €7m"), as {@code fee-price-words.txt} names it. */
    static final String OPTION = "option";
    /** The price kinds of a seller's asking price and of a buyer's offer ({@code fee-price-words.txt}). */
    private static final String ASK = "ask";
    private static final String OFFER = "offer";

    /** How many words before an amount are read for what it is the price of ({@code fee-price-words.txt}). */
    private static final int PRICE_WORDS = 6;

    /**
     * The lexicon's words for the features: a later, raised offer ({@link BidWording}), what an amount is the
     * price of, word to kind ({@code fee-price-words.txt}), and where an amount's clause starts ({@link ClauseBounds}).
     */
    record Words(BidWording bids, Map<String, String> priceOf, ClauseBounds clause) {

        static Words of(Lexicon lexicon) {
            Map<String, String> priceOf = new HashMap<>();
            for (String line : lexicon.lines("fee-price-words")) {
                String[] parts = line.split("\\|", 2);
                for (String word : parts[1].split(";")) {
                    priceOf.put(word.strip(), parts[0].strip());
                }
            }
            return new Words(BidWording.of(lexicon), Map.copyOf(priceOf), ClauseBounds.ofAmounts(lexicon));
        }
    }

    private final ArticleText article;
    private final List<Mention> mentions;
    private final Words words;
    private final List<FeeExtractor.Candidate> candidates;
    private final Map<String, Integer> timesWritten = new HashMap<>();
    private final double largest;
    /** How many different amounts the article writes. */
    private final int distinct;
    /** Whether any amount of the article is written as an offer ("a bid of €20m"). */
    private final boolean offerWritten;

    FeeFeatures(ArticleText article, List<Mention> mentions, List<FeeExtractor.Candidate> candidates, Words words) {
        this.article = article;
        this.mentions = mentions;
        this.words = words;
        this.candidates = candidates;
        double max = 0;
        boolean offer = false;
        for (FeeExtractor.Candidate c : candidates) {
            timesWritten.merge(c.key(), 1, Integer::sum);
            max = Math.max(max, millions(c.key()));
            offer |= OFFER.equals(priceOf(c, article.sentenceStart(c.sentence())));
        }
        this.largest = max;
        this.distinct = timesWritten.size();
        this.offerWritten = offer;
    }

    /**
     * @param rulePick the key of the amount the hand-written rules pick for this player ({@link FeeExtractor#extract}),
     *                 or null: the model learns how far to trust them
     * @param moveClubs the ids of the clubs at the ends of his move (as read, or the gold ones in training)
     */
    List<String> describe(int index, String playerId, Label label, String rulePick, Set<String> moveClubs) {
        FeeExtractor.Candidate c = candidates.get(index);
        List<String> f = new ArrayList<>();
        f.add(rulePick == null ? "rules-pick-none" : rulePick.equals(c.key()) ? "rules-pick-this" : "rules-pick-other");
        f.add("label=" + label.wire());
        f.add(article.isTitle(c.sentence()) ? "in-title" : c.sentence() <= (article.hasTitle() ? 3 : 2) ? "in-lede"
                : "in-body");
        f.add("rank=" + Math.min(index, 4));
        if (c.wageOrValue()) {
            f.add("rule=wage-or-value");
        }
        if (c.feeWordInSentence()) {
            f.add("rule=fee-word");
        }
        if (c.offerWordInSentence()) {
            f.add("rule=offer-word");
        }
        if (words.bids().laterOffer(article, c.start())) {
            f.add("later-offer");
        }
        FeeExtractor.Owner owner = FeeExtractor.ownerAround(article, mentions, c.sentence(), c.start(), c.end(), playerId);
        boolean player = owner == FeeExtractor.Owner.HIM;
        f.add(player ? "with-player" : owner == FeeExtractor.Owner.NONE ? "no-player" : "with-other-player-only");
        f.add(clubsAround(c.sentence(), moveClubs));
        if (owner == FeeExtractor.Owner.OTHER_NEAR) {
            f.add("other-player-near");
        }
        // The article's only amount, in a sentence naming the player, is its own case: "written once" says
        // little when there is nothing to compare it with (the team's corpus repeats fees more than the press).
        boolean sole = distinct == 1 && player;
        f.add(sole ? "sole-amount-with-player" : "written=" + Math.min(timesWritten.getOrDefault(c.key(), 1), 3));
        double value = millions(c.key());
        f.add(value <= 0 ? "value=unknown" : value < 1 ? "value<1m" : value < 10 ? "value<10m" : value < 50
                ? "value<50m" : "value>=50m");
        if (value > 0 && value == largest) {
            f.add("largest");
        }
        int sentenceStart = article.sentenceStart(c.sentence());
        int sentenceEnd = article.sentenceEnd(c.sentence());
        List<String> before = ClubRoleFeatures.words(article.foldedBefore(c.start(),
                Math.max(0, Math.min(CONTEXT_CHARS, c.start() - sentenceStart))));
        List<String> after = ClubRoleFeatures.words(article.foldedAfter(c.end(),
                Math.max(0, Math.min(CONTEXT_CHARS, sentenceEnd - c.end()))));
        priceOf(c, sentenceStart, f);
        for (int i = Math.max(0, before.size() - BAG); i < before.size(); i++) {
            f.add("bw=" + before.get(i));
        }
        for (int i = 0; i < Math.min(BAG, after.size()); i++) {
            f.add("aw=" + after.get(i));
        }
        f.add("b1=" + (before.isEmpty() ? "_" : before.get(before.size() - 1)));
        f.add("a1=" + (after.isEmpty() ? "_" : after.get(0)));
        return f;
    }

    /**
     * Which clubs the amount's sentence names: one at an end of his move ("clubs=move"), only others, the fee of
     * someone else's deal ("Toney sealed a £40m transfer to Al Ahli": "clubs=other"), or none.
     */
    private String clubsAround(int sentence, Set<String> moveClubs) {
        boolean other = false;
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.CLUB && article.sentenceOf(m.start()) == sentence) {
                if (moveClubs.contains(m.id())) {
                    return "clubs=move";
                }
                other = true;
            }
        }
        return other ? "clubs=other" : "clubs=none";
    }

    private void priceOf(FeeExtractor.Candidate c, int sentenceStart, List<String> f) {
        String kind = priceOf(c, sentenceStart);
        if (kind != null) {
            f.add("price=" + kind);
        }
        if (ASK.equals(kind) && offerWritten) {
            f.add("ask-beside-offer"); // the seller's price, where a bid is written too: the bid is the fee
        }
    }

    /**
     * Whether an option's price word stands anywhere in the clause before amount {@code index}: "an option for X to
     * make the move permanent for €6m" is the option's price however far the word.
     */
    boolean optionInClauseBefore(int index) {
        FeeExtractor.Candidate c = candidates.get(index);
        int from = words.clause().around(article, c.sentence(), c.start(), c.end()).start();
        for (String word : ClubRoleFeatures.words(article.foldedBefore(c.start(), c.start() - from))) {
            if (OPTION.equals(words.priceOf().get(word))) {
                return true;
            }
        }
        return false;
    }

    /** What the amount is the price of: the nearest price word among the few before it ("option to buy set at"). */
    private String priceOf(FeeExtractor.Candidate c, int sentenceStart) {
        List<String> before = ClubRoleFeatures.words(article.foldedBefore(c.start(),
                Math.max(0, Math.min(2 * CONTEXT_CHARS, c.start() - sentenceStart))));
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - PRICE_WORDS); i--) {
            String kind = words.priceOf().get(before.get(i));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** The value in millions from a fee key such as "EUR:20.0", or 0 when the key has none. */
    private static double millions(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return 0;
        }
        try {
            return Double.parseDouble(key.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
