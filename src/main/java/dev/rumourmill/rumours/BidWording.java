package dev.rumourmill.rumours;

import java.util.List;
import java.util.Set;

/**
 * Whether the words before an amount make it a later, raised offer ("a second bid of €30m", "upped their offer
 * to £4.2m", "an improved offer of €19m"): of several bids the latest is the move's fee. The words come from
 * {@code fee-later-offer-words.txt}; only the words of {@code fee-offer-link-words.txt} may stand between
 * them and the amount. Immutable.
 */
record BidWording(Set<String> later, Set<String> links) {

    /** How many words before an amount may say it is a later offer. */
    private static final int LATER_WORDS = 4;
    /** How many characters before an amount are read for those words. */
    private static final int CHARS = 40;

    static BidWording of(Lexicon lexicon) {
        return new BidWording(lexicon.set("fee-later-offer-words"), lexicon.set("fee-offer-link-words"));
    }

    /**
     * Whether the amount starting at {@code start} (article offset) is written as a later offer: a later-offer
     * word among the few before it, with only linking words between (not "the second division want €8m").
     */
    boolean laterOffer(ArticleText article, int start) {
        int sentence = article.sentenceOf(start);
        if (sentence < 0) {
            return false;
        }
        List<String> before = ClubRoleFeatures.words(article.foldedBefore(start,
                Math.max(0, Math.min(CHARS, start - article.sentenceStart(sentence)))));
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - LATER_WORDS); i--) {
            String word = before.get(i);
            if (later.contains(word)) {
                return true;
            }
            if (!links.contains(word)) {
                return false;
            }
        }
        return false;
    }
}
