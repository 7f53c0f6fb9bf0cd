package dev.rumourmill.rumours;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex searches that try a pattern only where a match can start. {@link Matcher#find()} tries the whole
 * pattern at every character; when every match must start with one of a few characters (a digit, a
 * currency sign, the first letters of a word list), skipping the other characters gives the same match
 * for a fraction of the cost. The engine runs such searches over every sentence of every article.
 */
final class Scanning {

    /** The characters a match can start with. */
    static final class Starts {
        private final boolean[] latin = new boolean[256];
        private final String others;
        private final boolean wordStart;
        /** When set, the words a match starts with: a candidate must start with one. */
        private PhrasesByFirstChar words;

        private Starts(String chars) {
            this(chars, false);
        }

        private Starts(String chars, boolean wordStart) {
            this.wordStart = wordStart;
            StringBuilder rest = new StringBuilder();
            for (char c : chars.toCharArray()) {
                if (c < 256) {
                    latin[c] = true;
                } else {
                    rest.append(c);
                }
            }
            this.others = rest.toString();
        }

        /** Matches start with one of {@code chars}. */
        static Starts of(String chars) {
            return new Starts(chars);
        }

        /** Matches start with a digit or one of {@code chars}. */
        static Starts digitsAnd(String chars) {
            return new Starts("0123456789" + chars);
        }

        /** Matches start with one of {@code words}, written as given (plain text, no pattern syntax). */
        static Starts words(List<String> words) {
            StringBuilder firsts = new StringBuilder();
            words.forEach(word -> firsts.append(word.charAt(0)));
            Starts starts = new Starts(firsts.toString());
            starts.words = new PhrasesByFirstChar(words);
            return starts;
        }

        /**
         * The same characters, only where a word starts: for a pattern that begins with {@code \b} and a
         * word character. (A character after an ASCII letter, digit or '_' is not such a start; after any
         * other the pattern decides.)
         */
        Starts atWordStart() {
            Starts copy = new Starts(others, true);
            System.arraycopy(latin, 0, copy.latin, 0, latin.length);
            copy.words = words;
            return copy;
        }

        boolean test(String text, int at) {
            if (!test(text.charAt(at))) {
                return false;
            }
            if (wordStart && at > 0) {
                char before = text.charAt(at - 1);
                // Only an ASCII letter, digit or '_' rules a start out: that holds for the Unicode \b of Java 17
                // and for the ASCII one of later versions; the pattern decides the rest.
                if (before == '_' || before < 128 && Character.isLetterOrDigit(before)) {
                    return false;
                }
            }
            return words == null || words.startsAt(text, at);
        }

        boolean test(char c) {
            return c < 256 ? latin[c] : others.indexOf(c) >= 0;
        }
    }

    private Scanning() {
    }

    /**
     * Like {@code matcher.region(from, to).find()}, trying the pattern only at characters {@code starts}
     * accepts; the matcher holds the match when this returns true. Bounds are transparent and not
     * anchoring, so a {@code \b} at a candidate sees the character before it and {@code ^} still means the
     * start of the text: the match is the one {@code find()} would give.
     */
    static boolean find(Matcher matcher, String text, int from, int to, Starts starts) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < to; i++) {
            if (starts.test(text, i) && matcher.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #find(Matcher, String, int, int, Starts)}, trying only the sorted positions {@code candidates}
     * (say, where the words of a text start: for a pattern that starts at a word, far fewer than its
     * characters) and skipping those {@code possible} rules out, a cheap necessary condition of the caller's
     * (a year before the next full stop, say).
     */
    static boolean find(Matcher matcher, String text, int[] candidates, int from, int to, Starts starts,
            java.util.function.IntPredicate possible) {
        return find(matcher, text, candidates, 0, from, to, starts, possible);
    }

    /**
     * As {@link #find(Matcher, String, int[], int, int, Starts, java.util.function.IntPredicate)} over a part
     * of a longer text that starts at {@code offset} in it, with {@code candidates} given in the longer text.
     */
    static boolean find(Matcher matcher, String text, int[] candidates, int offset, int from, int to, Starts starts,
            java.util.function.IntPredicate possible) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int k = java.util.Arrays.binarySearch(candidates, from + offset);
        for (k = k < 0 ? -k - 1 : k; k < candidates.length && candidates[k] - offset < to; k++) {
            int i = candidates[k] - offset;
            if (starts.test(text, i) && possible.test(i) && matcher.region(i, to).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code pattern} occurs anywhere in {@code text}, tried only where {@code starts} allows. */
    static boolean contains(Pattern pattern, String text, Starts starts) {
        return find(pattern.matcher(text), text, 0, text.length(), starts);
    }

    /**
     * A pattern of whole words from a list ({@code \b(?:fee|bid|...)\b}) with the letters its matches start
     * with, so that it is tried only at those letters.
     */
    record WordList(Pattern pattern, Starts starts) {

        /** Plain words (no pattern syntax). */
        static WordList of(List<String> words) {
            return new WordList(Pattern.compile("\\b" + anyOf(words) + "\\b"), Starts.words(words).atWordStart());
        }

        boolean foundIn(String text) {
            return contains(pattern, text, starts);
        }
    }

    /**
     * A regex alternation of {@code alternatives} grouped by first character: {@code (?:c(?:lose|onfident)|k(?:een))}
     * instead of {@code (?:close|keen|confident)}. Java tries the alternatives of a group one by one; grouped,
     * a position is rejected after one comparison per distinct first character instead of one per
     * alternative. It matches exactly what the plain alternation matches, preferring the same alternative:
     * alternatives with different first characters never match at the same place, and the order of those
     * sharing one is kept. Each alternative must start with a literal character not followed by a quantifier.
     */
    static String anyOf(java.util.List<String> alternatives) {
        java.util.Map<Character, java.util.List<String>> byFirst = new java.util.LinkedHashMap<>();
        for (String alternative : alternatives) {
            char first = alternative.isEmpty() ? '\\' : alternative.charAt(0);
            char second = alternative.length() > 1 ? alternative.charAt(1) : ' ';
            if ("\\[](){}.*+?^$|".indexOf(first) >= 0 || "?*+{".indexOf(second) >= 0) {
                throw new IllegalArgumentException("an alternative must start with a plain character: " + alternative);
            }
            byFirst.computeIfAbsent(first, c -> new java.util.ArrayList<>()).add(alternative.substring(1));
        }
        java.util.List<String> groups = new java.util.ArrayList<>();
        byFirst.forEach((first, rests) -> groups.add(first + "(?:" + String.join("|", rests) + ")"));
        return "(?:" + String.join("|", groups) + ")";
    }

    /**
     * Whether {@code \b} sees a word character just before {@code i}, by java.util.regex's rule: a letter,
     * digit or '_', or a combining mark that follows one (through other marks), looking back no further
     * than {@code from} (the start of the region the pattern would search). This is Java 17's {@code \b}, the
     * project's Java (from Java 19 the pattern's own is ASCII-only unless asked otherwise).
     */
    static boolean regexWordBefore(String text, int i, int from) {
        if (i <= from) {
            return false;
        }
        int c = text.codePointBefore(i);
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int x = i - 1; x >= from; x--) {
            int base = text.codePointAt(x);
            if (Character.isLetterOrDigit(base)) {
                return true;
            }
            if (Character.getType(base) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
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
