package dev.rumourmill.rumours;

import java.util.Arrays;
import java.util.List;

/**
 * Plain phrases indexed by their first (ASCII) character, so that a position in a text is tried only
 * against the phrases that start with the character there. Immutable.
 *
 * <p>Only WordsAfterClub uses it, and that class is being replaced by plain java.util.regex: delete this
 * class with it. New code matches phrases with a {@link java.util.regex.Pattern} or a {@link PhraseIndex}.
 */
final class PhrasesByFirstChar {

    private static final String[] NONE = {};

    private final String[][] byFirst = new String[128][];

    PhrasesByFirstChar(List<String> phrases) {
        for (String phrase : phrases) {
            char c = phrase.charAt(0);
            if (c >= 128) {
                throw new IllegalArgumentException("a phrase must start with an ASCII character: " + phrase);
            }
            String[] old = byFirst[c];
            String[] grown = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = phrase;
            byFirst[c] = grown;
        }
    }

    /** The phrases whose first character is the one at {@code at}, or none. */
    String[] at(String text, int at) {
        if (at >= text.length()) {
            return NONE;
        }
        char c = text.charAt(at);
        String[] phrases = c < 128 ? byFirst[c] : null;
        return phrases == null ? NONE : phrases;
    }

    /** Whether one of the phrases starts at {@code at}. */
    boolean startsAt(String text, int at) {
        for (String phrase : at(text, at)) {
            if (text.startsWith(phrase, at)) {
                return true;
            }
        }
        return false;
    }
}
