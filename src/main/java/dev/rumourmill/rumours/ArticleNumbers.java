package dev.rumourmill.rumours;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Which amounts and numbers an article writes, for checking that a summary invents none. Amounts compare by
 * value ("€20m" and "20 million euros" are one); numbers as written, whole.
 */
final class ArticleNumbers {

    private final ArticleText article;
    private final String text;
    private final Amounts amounts;
    private Set<String> amountKeys;

    ArticleNumbers(ArticleText article, Amounts amounts) {
        this.article = article;
        this.text = article.text();
        this.amounts = amounts;
    }

    /**
     * Whether the article states the amount {@code key} ({@link Amounts#key}); the article is read on the first
     * question, a sentence at a time (no amount runs across sentences, and most sentences write none).
     */
    boolean writesAmount(String key) {
        if (amountKeys == null) {
            amountKeys = new HashSet<>();
            for (int s = 0; s < article.sentenceCount(); s++) {
                Matcher m = amounts.matcher(article.sentence(s));
                while (m.find()) {
                    amountKeys.add(amounts.key(m));
                }
            }
        }
        return amountKeys.contains(key);
    }

    /**
     * Whether the article writes this number as a whole ("26", "2026", "39.5", not the "26" inside "2026"
     * or "1,260"): an occurrence not continued by a digit, or by "." or "," and a digit, on either side.
     */
    boolean writesNumber(String number) {
        for (int i = text.indexOf(number); i >= 0; i = text.indexOf(number, i + 1)) {
            int end = i + number.length();
            boolean continuesBefore = isDigit(i - 1) || (isSeparator(i - 1) && isDigit(i - 2));
            boolean continuesAfter = isDigit(end) || (isSeparator(end) && isDigit(end + 1));
            if (!continuesBefore && !continuesAfter) {
                return true;
            }
        }
        return false;
    }

    private boolean isDigit(int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private boolean isSeparator(int i) {
        return i >= 0 && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',');
    }
}
