package dev.rumourmill.rumours;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds match results such as "2-2" or "4–3": match reports are full of them, transfer news is not. Two
 * numbers followed by a unit ("a 2-3 year deal") are a span, not a score. Immutable.
 */
final class ScoreLines {

    private final Pattern scoreLine;

    ScoreLines(Lexicon lexicon) {
        this.scoreLine = Pattern.compile("\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b(?!\\s?" + lexicon.anyOf("not-a-score-after")
                + "\\b)");
    }

    /** How many score lines {@code text} has, counting no further than {@code max}. */
    int count(String text, int max) {
        Matcher m = scoreLine.matcher(text);
        int n = 0;
        while (n < max && m.find()) {
            n++;
        }
        return n;
    }

    boolean foundIn(String text) {
        return count(text, 1) > 0;
    }
}
