package dev.rumourmill.rumours;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the transfer fee as written. Wages ("£500,000 a week"), market values and amounts far from any
 * transfer word are not fees; among the rest, the one nearest the headline and the subject wins.
 */
final class FeeExtractor {

    private static final Scanning.WordList FEE_WORDS = Scanning.WordList.of(java.util.List.of(
            "fee", "bid", "offer", "deal", "worth", "price", "valuation", "valued", "value", "clause", "sign", "signing",
            "move", "transfer", "paid", "pay", "paying", "cost", "costs", "spend", "swoop", "buy", "purchase", "sale",
            "sell", "sold", "package", "add-ons", "bonuses", "loan", "option", "demand", "demands", "asking", "want",
            "wants", "rejected", "tabled", "submitted", "prised", "prise", "lure", "land", "secure"));
    private static final Pattern WAGE_AFTER = Pattern.compile(
            "^\\s*(?:\\([^)]*\\)\\s*)?(?:a|per|-a-|each)[ -]?(?:week|year|season|month)|^-a-week|^\\s*(?:in|of)\\s+(?:wages|salary)|^\\s*(?:a-week|pw|p/w)");
    private static final Pattern WAGE_BEFORE = Pattern.compile("(?:earning|earn|earns|wages? of|salary of|paid|on)\\s*$");

    String extract(ArticleText article, String mainPlayerId) {
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bodyIndex = 0;
        for (int s = 0; s < article.sentenceCount(); s++) {
            boolean title = article.isTitle(s);
            if (!title) {
                bodyIndex++;
            }
            if (!article.sentenceHas(s, ArticleText.DIGIT)) {
                continue;
            }
            String sentence = article.sentence(s);
            Matcher m = Amounts.AMOUNT.matcher(sentence);
            // Whether the sentence has fee words: looked at only for a sentence with an amount, then once.
            int feeWords = 0;
            int offset = article.sentenceStart(s);
            for (int at = 0; Scanning.find(m, sentence, article.amountStarts(), offset, at, sentence.length(),
                    Amounts.STARTS, any -> true); at = m.end()) {
                String after = FoldedText.fold(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 25)));
                String before = FoldedText.fold(sentence.substring(Math.max(0, m.start() - 20), m.start()));
                if (WAGE_AFTER.matcher(after).find() || WAGE_BEFORE.matcher(before).find()
                        || after.startsWith(" market value") || before.endsWith("market value of ")) {
                    continue;
                }
                String folded = article.foldedSentence(s);
                if (feeWords == 0) {
                    feeWords = FEE_WORDS.foundIn(folded) ? 1 : 2;
                }
                if (feeWords == 2) {
                    continue;
                }
                double score = (title ? 2 : bodyIndex <= 3 ? 1.5 : 0) - 0.05 * bodyIndex;
                if (mainPlayerId != null && mentions(article, s, mainPlayerId)) {
                    score += 2;
                }
                if (folded.contains("fee") || folded.contains("bid") || folded.contains("offer")) {
                    score += 1;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = asWritten(m, sentence);
                }
            }
        }
        return best;
    }

    private static boolean mentions(ArticleText article, int sentence, String playerId) {
        for (int i = 0; i < article.mentions().size(); i++) {
            Mention mention = article.mentions().get(i);
            if (article.sentenceOfMention(i) == sentence && mention.kind() == EntityKind.PLAYER
                    && mention.id().equals(playerId)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "release clause" follows at {@code at}, after at most one white-space character. */
    private static boolean releaseClauseAt(String sentence, int at) {
        if (at < sentence.length() && " \t\n\u000B\f\r".indexOf(sentence.charAt(at)) >= 0
                && sentence.startsWith("release clause", at + 1)) {
            return true;
        }
        return sentence.startsWith("release clause", at);
    }

    /** The amount with its qualifier and conversion, and "release clause" when it directly follows. */
    private static String asWritten(Matcher m, String sentence) {
        String text = (Amounts.qualifierBefore(sentence, m.start()) + sentence.substring(m.start(), m.end())).strip();
        if (releaseClauseAt(sentence, m.end())) {
            text = text + " release clause";
        }
        return text;
    }
}
