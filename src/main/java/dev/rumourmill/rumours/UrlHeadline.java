package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*");
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
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            String written = m.group();
            String[] parts = written.split("[-'’]");
            if (parts.length > 1 && written.indexOf('-') > 0 && Character.isUpperCase(written.charAt(0))) {
                compounds.putIfAbsent(FoldedText.fold(written.replace('-', ' ')), written);
            }
            for (String part : parts) {
                String folded = FoldedText.fold(part);
                if (wanted.contains(folded)) {
                    forms.computeIfAbsent(folded, k -> new Forms()).add(part);
                }
            }
        }
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
