package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The headline an untitled article's address carries: news sites write it into the link
 * ("/2020/07/23/us-star-rose-lavelle-drawing-interest-manchester-city/"). The longest path segment of at
 * least three words, split at hyphens and underscores, is the headline; ids (long numbers, words mixing
 * letters and digits) and a file ending (".html") are dropped. The address is lower case, so each word takes
 * the case the article itself writes it in most often: "lavelle" becomes "Lavelle" where the body writes
 * "Lavelle", "interest" stays a word, and a word the body never writes stays lower case (it makes no name).
 * A word the body writes only without a final "s" is a possessive ("madrids" → "Madrid's"), and words the
 * body joins with a hyphen are joined again ("alexander-arnold"). Immutable; stateless.
 */
final class UrlHeadline {

    /** Fewer words than this is a section name ("transfer-news"), not a headline. */
    static final int MIN_WORDS = 3;
    private static final int MAX_NUMBER_DIGITS = 4;
    /** Words this long or longer share one length slot. */
    private static final int MAX_WORD = 24;
    /** Characters that join the parts of one written word: "Adebayo-Clarke", "O'Dea". */
    private static final String JOINERS = "-'’";
    private static final Pattern SEPARATOR = Pattern.compile("[-_+]+");
    private static final Pattern FILE_ENDING = Pattern.compile("\\.[A-Za-z]{2,5}$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private UrlHeadline() {
    }

    /** The headline of {@code url} cased as {@code body} writes its words, or null when the address has none. */
    static String of(String url, String body) {
        List<String> words = slugWords(url);
        if (words.isEmpty()) {
            return null;
        }
        return cased(words, body == null ? "" : body);
    }

    /** The lower-case words of the address's headline, or none. */
    static List<String> slugWords(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        String path = url.strip();
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "" : path.substring(slash);
        }
        path = cutAt(path, '?', '#', ';');
        List<String> best = List.of();
        for (String segment : path.split("/")) {
            List<String> words = words(FILE_ENDING.matcher(segment).replaceFirst(""));
            if (words.size() >= MIN_WORDS && words.size() >= best.size()) {
                best = words;
            }
        }
        return best;
    }

    private static String cutAt(String path, char... marks) {
        int end = path.length();
        for (char mark : marks) {
            int at = path.indexOf(mark);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }

    private static List<String> words(String segment) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATOR.split(segment)) {
            if (word.isEmpty()) {
                continue;
            }
            boolean number = NUMBER.matcher(word).matches();
            if (number ? word.length() > MAX_NUMBER_DIGITS : !LETTERS.matcher(word).matches()) {
                continue; // an id: "1494005", "b2583622", "sto8681069"
            }
            words.add(word.toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    private static String cased(List<String> words, String body) {
        Set<String> wanted = new HashSet<>();
        for (String word : words) {
            String folded = FoldedText.fold(word);
            wanted.add(folded);
            if (folded.length() > 2 && folded.endsWith("s")) {
                wanted.add(folded.substring(0, folded.length() - 1));
            }
        }
        Map<String, Forms> forms = new HashMap<>();
        Map<String, String> compounds = new HashMap<>();
        boolean[] lengths = new boolean[MAX_WORD + 1];
        for (String word : wanted) {
            lengths[Math.min(word.length(), MAX_WORD)] = true;
        }
        scan(body, new Wanted(wanted, lengths), forms, compounds);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size()) {
                String joined = compounds.get(FoldedText.fold(words.get(i) + " " + words.get(i + 1)));
                if (joined != null) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(caseOf(words.get(i), forms));
        }
        return String.join(" ", out);
    }

    /**
     * One pass over the body's words (parts joined by a hyphen or an apostrophe looked at one by one): how each
     * wanted word is written, and the hyphenated names.
     */
    private static void scan(String body, Wanted wanted, Map<String, Forms> forms, Map<String, String> compounds) {
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (!inWord(c) || c >= 128 && !Character.isLetter(c)) {
                i++;
                continue;
            }
            int wordStart = i;
            int parts = 0;
            boolean hyphen = false;
            while (true) {
                int partStart = i;
                while (i < n && inWord(body.charAt(i))) {
                    i++;
                }
                if (wanted.mayBe(body, partStart, i)) {
                    String part = body.substring(partStart, i);
                    String key = key(part);
                    if (wanted.words().contains(key)) {
                        forms.computeIfAbsent(key, k -> new Forms()).add(part);
                    }
                }
                parts++;
                if (i + 1 < n && JOINERS.indexOf(body.charAt(i)) >= 0 && Character.isLetter(body.charAt(i + 1))) {
                    hyphen |= body.charAt(i) == '-';
                    i++;
                    continue;
                }
                break;
            }
            if (parts > 1 && hyphen && Character.isUpperCase(body.charAt(wordStart))) {
                String written = body.substring(wordStart, i);
                compounds.putIfAbsent(FoldedText.fold(written.replace('-', ' ')), written);
            }
        }
    }

    /** A letter or an accent of one; plain ASCII decided without Unicode tables (this runs over every character). */
    private static boolean inWord(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** The headline's words, folded, and their lengths: most of the body's words are passed over by length. */
    private record Wanted(Set<String> words, boolean[] lengths) {

        /** Whether {@code body[start, end)} could be one of the words (always when it has a non-ASCII letter). */
        boolean mayBe(String body, int start, int end) {
            for (int i = start; i < end; i++) {
                if (body.charAt(i) >= 128) {
                    return true;
                }
            }
            return lengths[Math.min(end - start, MAX_WORD)];
        }
    }

    /** The word folded (lower-case ASCII); plain ASCII words without folding's work. */
    private static String key(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return FoldedText.fold(word);
            }
        }
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    private static String caseOf(String word, Map<String, Forms> forms) {
        String folded = FoldedText.fold(word);
        Forms seen = forms.get(folded);
        if (seen != null) {
            return seen.capitalised() ? seen.name : word;
        }
        if (folded.length() > 2 && folded.endsWith("s")) {
            Forms stem = forms.get(folded.substring(0, folded.length() - 1));
            if (stem != null && stem.capitalised()) {
                return stem.name + "'s";
            }
        }
        return word;
    }

    /** How the body writes one word: capitalised or not, and its commonest capitalised form. */
    private static final class Forms {
        private int upper;
        private int lower;
        private String name;

        void add(String written) {
            if (Character.isUpperCase(written.charAt(0))) {
                upper++;
                if (name == null || isAllCaps(name) && !isAllCaps(written)) {
                    name = written;
                }
            } else {
                lower++;
            }
        }

        boolean capitalised() {
            return upper > lower;
        }

        private static boolean isAllCaps(String word) {
            return word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
