package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A lexicon list matched against words already cut by {@link ClubRoleFeatures#words}: whether a phrase
 * starts at, or ends at, a position of a word list. Longest phrase first. Immutable.
 */
final class WordPhrases {

    private final List<List<String>> phrases;

    WordPhrases(List<String> lines) {
        List<List<String>> cut = new ArrayList<>();
        for (String line : lines) {
            List<String> words = ClubRoleFeatures.words(FoldedText.fold(line));
            if (!words.isEmpty()) {
                cut.add(words);
            }
        }
        cut.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        this.phrases = List.copyOf(cut);
    }

    static WordPhrases of(Lexicon lexicon, String list) {
        return new WordPhrases(lexicon.phrases(list));
    }

    /** The length in words of the longest phrase starting at {@code start}, or 0. */
    int startingAt(List<String> words, int start) {
        for (List<String> phrase : phrases) {
            if (start + phrase.size() <= words.size() && words.subList(start, start + phrase.size()).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** The length in words of the longest phrase ending right before {@code end}, or 0. */
    int endingAt(List<String> words, int end) {
        for (List<String> phrase : phrases) {
            int start = end - phrase.size();
            if (start >= 0 && words.subList(start, end).equals(phrase)) {
                return phrase.size();
            }
        }
        return 0;
    }
}
