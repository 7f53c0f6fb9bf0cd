package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The capitalised words of an article read as people's names: "Bruno Larloneri" is one person, whoever
 * else is called Bruno. A word counts as part of a name when it is capitalised, holds lower-case letters
 * (not "PSG") and is not a word the article writes in lower case elsewhere, a cue phrase ("Target", "Set to")
 * or a word of {@code rumours/en/not-name-words.txt} ("Meanwhile", "Brazilian", "Winger").
 * One instance per article; not thread-safe.
 */
final class PersonalNames {

    /** A capitalised word at original offsets {@code start} (inclusive) to {@code end} (exclusive). */
    record Word(int start, int end, String text) {
    }

    /** Two or three capitalised words written together, as one person's name. */
    record Name(int start, int end, String text, List<Word> words) {

        /** The last word, how a surname-only mention writes him. */
        Word surname() {
            return words.get(words.size() - 1);
        }
    }

    private static final Set<String> NOT_NAME_WORDS = Set.copyOf(Lexicon.english().phrases("not-name-words"));
    private static final Set<String> PARTICLES = Set.copyOf(Lexicon.english().phrases("name-particles"));
    /** The most words one name is written with; longer capitalised runs are titles or lists, not a name. */
    private static final int MOST_WORDS = 3;

    private final ArticleText article;
    private final String text;
    private Set<String> lowerCaseWords;
    private List<Name> allNames;

    PersonalNames(ArticleText article) {
        this.article = article;
        this.text = article.text();
    }

    /** The capitalised word right before {@code offset}, one space between, or null. */
    Word wordBefore(int offset) {
        int end = offset - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return null;
        }
        if (isPossessive(end)) {
            return null; // "Marseille's Bruno": a club's, a country's, a coach's player
        }
        int start = end;
        while (start > 0 && isWordChar(start - 1)) {
            start--;
        }
        return capitalised(start, end);
    }

    /** The capitalised word right after {@code offset}, one space between, or null. */
    Word wordAfter(int offset) {
        if (offset + 1 >= text.length() || text.charAt(offset) != ' ') {
            return null;
        }
        return wordAt(offset + 1);
    }

    /** Whether the name at {@code start}..{@code end} goes on across a hyphen: "Salah-Eddine", "Ben-Mbappé". */
    boolean hyphenJoined(int start, int end) {
        boolean after = end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1));
        boolean before = start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2));
        return after || before;
    }

    /** Whether a capitalised word may be part of a person's name here. */
    boolean couldBeName(Word word) {
        String folded = foldedWord(word.start(), word.end());
        if (NOT_NAME_WORDS.contains(folded) || lowerCaseWords().contains(folded)) {
            return false;
        }
        for (CueHit hit : article.cues()) {
            if (hit.start() <= word.start() && word.start() < hit.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether sentence {@code index} capitalises most words, as headlines often do ("Arsenal Target Winger"):
     * there a capital says nothing about a name.
     */
    boolean titleCase(int index) {
        int from = article.sentenceStart(index);
        int to = article.sentenceEnd(index);
        for (int i = from; i < to; i++) {
            boolean wordStart = i == from || !isWordChar(i - 1);
            if (wordStart && Character.isLowerCase(text.charAt(i)) && wordLength(i) > 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code written} appears in the article outside the headline. */
    boolean inBody(String written) {
        int from = article.hasTitle() && article.sentenceCount() > 0 ? article.sentenceEnd(0) : 0;
        return text.indexOf(written, from) >= 0;
    }

    /**
     * The names of the whole text ({@link #namesIn}) beside the article's own mentions, found once: discovery reads
     * them per transfer sentence and again for the places a discovered player is written.
     */
    List<Name> names() {
        if (allNames == null) {
            allNames = List.copyOf(namesIn(0, text.length(), article.mentions()));
        }
        return allNames;
    }

    /**
     * The names written between {@code from} and {@code to}: runs of two or three name words, one space (or a
     * particle such as "van der") between, none of them inside one of {@code known}.
     */
    List<Name> namesIn(int from, int to, List<Mention> known) {
        List<Name> names = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(i) || i > 0 && isWordChar(i - 1)) {
                i++;
                continue;
            }
            Word word = wordAt(i);
            int next = word == null ? wordEnd(i) : word.end();
            boolean nameWord = word != null && word.end() <= to && couldBeName(word) && !inside(word, known);
            if (nameWord && !run.isEmpty() && !joined(run.get(run.size() - 1), word)) {
                close(run, names);
            }
            if (nameWord) {
                run.add(word);
            } else if (word != null || !PARTICLES.contains(foldedWord(i, next))) {
                close(run, names);
            }
            i = Math.max(next, i + 1);
        }
        close(run, names);
        return names;
    }

    private void close(List<Word> run, List<Name> names) {
        if (run.size() >= 2 && run.size() <= MOST_WORDS) {
            int start = run.get(0).start();
            int end = run.get(run.size() - 1).end();
            names.add(new Name(start, end, text.substring(start, end), List.copyOf(run)));
        }
        run.clear();
    }

    /** Whether two words are written as one name: one space apart, or only particles between. */
    private boolean joined(Word previous, Word next) {
        String between = text.substring(previous.end(), next.start());
        if (between.equals(" ")) {
            return true;
        }
        if (!between.startsWith(" ") || !between.endsWith(" ")) {
            return false;
        }
        for (String part : between.strip().split(" ")) {
            if (!PARTICLES.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Word word, List<Mention> known) {
        for (Mention m : known) {
            if (m.start() < word.end() && word.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The capitalised word starting at {@code start} (its possessive "'s" left out), or null. */
    Word wordAt(int start) {
        if (start < 0 || start >= text.length() || !isWordChar(start) || start > 0 && isWordChar(start - 1)) {
            return null;
        }
        int end = wordEnd(start);
        if (end - 2 > start && isPossessive(end - 1)) {
            end -= 2;
        }
        return capitalised(start, end);
    }

    private Word capitalised(int start, int end) {
        if (end - start < 2 || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        for (int i = start + 1; i < end; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return new Word(start, end, text.substring(start, end));
            }
        }
        return null;
    }

    /** Whether the word ending at {@code end} (exclusive) ends in a possessive "'s". */
    private boolean isPossessive(int end) {
        return end >= 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’');
    }

    private int wordEnd(int start) {
        int end = start;
        while (end < text.length() && isWordChar(end)) {
            end++;
        }
        return end;
    }

    private int wordLength(int start) {
        return wordEnd(start) - start;
    }

    /** Letters, and an apostrophe or hyphen between letters ("O'Brien", "Alexander-Arnold"). */
    private boolean isWordChar(int i) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    private Set<String> lowerCaseWords() {
        if (lowerCaseWords == null) {
            lowerCaseWords = ProseWords.writtenInLowerCase(article);
        }
        return lowerCaseWords;
    }

    /** The folded form of the text between two offsets, cut from the article's folded text (no folding again). */
    private String foldedWord(int start, int end) {
        return ProseWords.folded(article, start, end);
    }
}
