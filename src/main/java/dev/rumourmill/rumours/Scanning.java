package dev.rumourmill.rumours;

/**
 * What remains of the hand-written regex helpers: two character tests that Summariser and WordsAfterClub
 * still call. Both are being rewritten with plain java.util.regex; delete this class with them. New code
 * uses {@code \s} and {@code \b} in a {@link java.util.regex.Pattern}.
 */
final class Scanning {

    private Scanning() {
    }

    /** {@code \s}: space, tab, the line breaks '\n' and '\r', vertical tab and form feed. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Whether {@code \b} counts {@code c}, right after a word, as part of it: a letter, digit or '_', or a
     * combining mark (which has the word's last letter as its base).
     */
    static boolean isRegexWordCharAfterWord(int c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
