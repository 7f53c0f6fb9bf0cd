package dev.rumourmill.rumours;

import java.util.HashSet;
import java.util.Set;

/**
 * The words an article writes in lower case as words of a sentence: "Young" is a name only where "young" is
 * not a word. A web address or a hashtag ("/bruno-larloneri", "#larloneri") is not prose.
 */
final class ProseWords {

    private ProseWords() {
    }

    static Set<String> writtenInLowerCase(ArticleText article) {
        String text = article.text();
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (Character.isLowerCase(text.charAt(i)) && opensProse(text, i) && closesProse(text, end)) {
                words.add(folded(article, i, end));
            }
            i = end;
        }
        return words;
    }

    /** The folded form of the text between two offsets, cut from the article's folded text (no folding again). */
    static String folded(ArticleText article, int start, int end) {
        FoldedText folded = article.folded();
        return folded.folded().substring(folded.foldedOffset(start), folded.foldedOffset(end));
    }

    private static boolean opensProse(String text, int start) {
        return start == 0 || " \t\n(\"“‘".indexOf(text.charAt(start - 1)) >= 0;
    }

    private static boolean closesProse(String text, int end) {
        if (end == text.length() || " \t\n,;:!?)\"”’'".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        return text.charAt(end) == '.' && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)));
    }
}
