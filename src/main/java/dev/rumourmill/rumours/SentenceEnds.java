package dev.rumourmill.rumours;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The character-level rules of {@link SentenceSplitter}: where a sentence certainly ends (so the model need
 * not be asked) and where a split the model made is a false one ("St.", "Mr.", an initial). The abbreviations come from
 * the lexicon. Immutable.
 */
final class SentenceEnds {

    /**
     * A span ending, but for trailing white space, in '.' after an abbreviation that goes on into a name or a
     * number ("St.", "No.") or after a single capital (an initial): the model's split there is a false one.
     */
    private final Pattern falseEnd;
    /**
     * Words (lower case) whose '.' may be an abbreviation's, so the model decides; the name abbreviations
     * count too. A word too many only costs a model call.
     */
    private final Set<String> abbreviations = new HashSet<>();
    private final int longestAbbreviation;

    SentenceEnds(Lexicon lexicon) {
        List<String> nameAbbreviations = lexicon.lines("name-abbreviations");
        this.falseEnd = Pattern.compile("(?:\\b" + Lexicon.anyOf(nameAbbreviations, " ") + "|\\b[A-Z])\\.\\s*$");
        abbreviations.addAll(lexicon.phrases("abbreviations"));
        nameAbbreviations.forEach(a -> abbreviations.add(a.toLowerCase(Locale.ROOT)));
        this.longestAbbreviation = abbreviations.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Whether the '.' or '?' at {@code end} certainly ends a sentence: it follows a plain word or number and
     * is followed by white space and what starts a sentence (after '?', a capital only). Tried on a few hundred
     * real sentence pairs, with the end word, the word before it and the next word varied, the model always
     * split there. It does not always split after a closing quote or bracket, after '!' ("booed at Wow! In
     * the end") or after a word of one or two characters ("at 12. Once", "Go. In"), so those stay its call.
     */
    boolean certainEnd(String text, int from, int to, int end) {
        int next = end + 1;
        if (next == to || !isSpace(text.charAt(next))) {
            return false;
        }
        while (next < to && isSpace(text.charAt(next))) {
            next++;
        }
        if (next == to) {
            return false;
        }
        boolean startsSentence = text.charAt(end) == '.'
                ? startsSentence(text, next, to)
                : Character.isUpperCase(text.charAt(next));
        return startsSentence && isPlainWordOrNumber(text, from, end);
    }

    /** A capital, a digit ("2. Lionel Messi ...") or an opening quote and a capital. */
    private static boolean startsSentence(String text, int at, int to) {
        char c = text.charAt(at);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        return isOpener(c) && at + 1 < to && Character.isUpperCase(text.charAt(at + 1));
    }

    /**
     * Whether the word before the end character at {@code dot} is one that no abbreviation looks like:
     * letters (with inner hyphens, apostrophes or slashes) ending in a run of three or more letters, some
     * lower case, not an abbreviation; or a year ("2026"); or an amount ("€50m", "500k"). Quotes
     * and brackets around it are allowed: "(The Sun).", 'a "done deal".'. The model reads words of one or two
     * characters ("Go.", "6m.", "12.") less surely, so those stay its call.
     */
    private boolean isPlainWordOrNumber(String text, int from, int dot) {
        int end = dot;
        while (end > from && isCloser(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > from && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < end && isOpener(text.charAt(start))) {
            start++;
        }
        if (end - start < 3) {
            return false;
        }
        return isPlainWord(text, start, end) || isYearOrAmount(text, start, end);
    }

    private boolean isPlainWord(String text, int start, int end) {
        int part = end; // start of the last run of letters
        while (part > start && Character.isLetter(text.charAt(part - 1))) {
            part--;
        }
        if (end - part < 3 || (end - part <= longestAbbreviation
                && abbreviations.contains(text.substring(part, end).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        boolean lower = false;
        for (int i = part; i < end; i++) {
            lower |= Character.isLowerCase(text.charAt(i));
        }
        if (!lower) {
            return false; // "UK.", "PSV." or a shouted "NO.": rare, so the model decides
        }
        // Before it, runs of letters each followed by one hyphen, apostrophe or slash ("Bodø/Glimt", "O'Neill").
        boolean letterBefore = false;
        for (int i = start; i < part; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letterBefore = true;
            } else if (letterBefore && (c == '-' || c == '\'' || c == '’' || c == '/')) {
                letterBefore = false;
            } else {
                return false;
            }
        }
        return true; // text[part - 1], if any, is not a letter, so it was one of those joiners
    }

    /** "2026", or digits with a unit and maybe a currency sign: "€50m", "£1bn", "500k". No decimal point. */
    private static boolean isYearOrAmount(String text, int start, int end) {
        int i = start;
        if (text.charAt(i) == '€' || text.charAt(i) == '£' || text.charAt(i) == '$') {
            i++;
        }
        int digits = i;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return false;
        }
        String unit = text.substring(i, end);
        if (unit.isEmpty()) {
            return i - digits == 4 && digits == start; // "12." may be a list number, "£5." the model's call
        }
        return unit.equals("m") || unit.equals("bn") || unit.equals("k");
    }

    /**
     * Whether the span {@code [start, end)} ends falsely: the pattern is tried over the span's last five
     * characters (the longest abbreviation, its '.' and a space), its {@code \\b} seeing the character before.
     */
    boolean endsFalsely(String text, int start, int end) {
        return falseEnd.matcher(text).region(Math.max(start, end - 5), end).useTransparentBounds(true).find();
    }

    /** The model's end-of-sentence characters. */
    static boolean isEnd(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** White space as OpenNLP sees it: Java's, plus no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        if (c > ' ' && c < '\u007F') {
            return false; // the common case, printable ASCII, without the Unicode look-ups
        }
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«';
    }
}
