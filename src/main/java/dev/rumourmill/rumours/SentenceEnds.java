package dev.rumourmill.rumours;

import java.util.Locale;
import java.util.Set;

/**
 * The character-level rules of {@link SentenceSplitter}: where a sentence certainly ends (so the model need
 * not be asked) and where a split the model made is a false one ("St.", "Mr.", an initial). Stateless.
 */
final class SentenceEnds {

    /**
     * A split right after one of these plus '.' (or a single capital, an initial) is a false one: the next
     * "sentence" continues a name. Case-sensitive; was the regex {@code \b(?:St|Dr|...|Mt)\.\s*$}.
     */
    private static final Set<String> FALSE_END_WORDS =
            Set.of("St", "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "No", "vs", "v", "Nos", "Ft", "Mt");
    /**
     * Words (lower case) whose '.' may be an abbreviation's, so the model decides. A superset of
     * {@link #FALSE_END_WORDS}; a word too many only costs a model call.
     */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "st", "mr", "mrs", "ms", "dr", "jr", "sr", "no", "nos", "vs", "v", "ft", "mt", "messrs",
            "prof", "gen", "col", "lt", "capt", "sgt", "rev", "hon", "gov", "sen", "rep",
            "approx", "etc", "incl", "cf", "eg", "ie", "al", "viz", "ca", "fig", "ed", "eds", "vol", "pp",
            "min", "mins", "max", "est", "pts", "yrs", "hrs", "wk", "wks", "dept", "govt", "intl", "sq",
            "ave", "rd", "bros", "co", "corp", "inc", "ltd", "plc", "utd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private SentenceEnds() {
    }

    /**
     * Whether the '.' or '?' at {@code end} certainly ends a sentence: it follows a plain word or number and
     * is followed by white space and what starts a sentence (after '?', a capital only). Tried on a few hundred
     * real sentence pairs, with the end word, the word before it and the next word varied, the model always
     * split there. It does not always split after a closing quote or bracket, after '!' ("booed at Wow! In
     * the end") or after a word of one or two characters ("at 12. Once", "Go. In"), so those stay its call.
     */
    static boolean certainEnd(String text, int from, int to, int end) {
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
     * lower case, not in {@link #ABBREVIATIONS}; or a year ("2026"); or an amount ("€50m", "500k"). Quotes
     * and brackets around it are allowed: "(The Sun).", 'a "done deal".'. The model reads words of one or two
     * characters ("Go.", "6m.", "12.") less surely, so those stay its call.
     */
    private static boolean isPlainWordOrNumber(String text, int from, int dot) {
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

    private static boolean isPlainWord(String text, int start, int end) {
        int part = end; // start of the last run of letters
        while (part > start && Character.isLetter(text.charAt(part - 1))) {
            part--;
        }
        if (end - part < 3 || (end - part <= LONGEST_ABBREVIATION
                && ABBREVIATIONS.contains(text.substring(part, end).toLowerCase(Locale.ROOT)))) {
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
     * The hand-written form of the regex {@code (?:\b(?:St|Dr|Mr|...|Mt)|\b[A-Z])\.\s*$}, matched over the
     * span's last five characters with transparent bounds: the span ends, but for trailing {@code \s}, in
     * '.' after one of {@link #FALSE_END_WORDS} or a single capital A-Z, starting at a word boundary.
     */
    static boolean endsFalsely(String text, int start, int end) {
        int limit = Math.max(start, end - 5);
        int dot = end;
        if (dot > limit && isFinalLineTerminator(text.charAt(dot - 1))) {
            dot--; // "$" also matches before a line terminator that ends the text
        }
        while (dot > limit && Scanning.isRegexSpace(text.charAt(dot - 1))) {
            dot--;
        }
        dot--;
        if (dot <= limit || text.charAt(dot) != '.') {
            return false;
        }
        int word = dot;
        while (word > limit && dot - word < 3 && isAsciiLetter(text.charAt(word - 1))) {
            word--;
        }
        if (word == dot || (word > 0 && Scanning.regexWordBefore(text, word, 0))) {
            return false; // no word, or the letters go on before it ("ESt.", "Best.", "1A.")
        }
        String w = text.substring(word, dot);
        return FALSE_END_WORDS.contains(w) || (w.length() == 1 && w.charAt(0) >= 'A' && w.charAt(0) <= 'Z');
    }

    /**
     * Java 17's {@code \b} looks at the code point before {@code at}: a word character is a letter or digit in
     * any script or '_', and a combining mark counts when it sits on a letter or digit.
     */
    /** A line terminator that is not white space to {@code \s} (U+0085, U+2028, U+2029). */
    private static boolean isFinalLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code \s} in java.util.regex: ASCII white space only. */
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
