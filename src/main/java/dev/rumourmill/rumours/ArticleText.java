package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One article prepared for the classifier and the extractors: headline and body as one text, its
 * sentences, the names found (resolved) and the cue phrases found, each placed in its sentence.
 * The headline, when present, is sentence 0.
 */
final class ArticleText {

    private final Article article;
    private final String text;
    private final FoldedText folded;
    private final boolean hasTitle;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int[] sentenceAt;
    private final int[] foldedWordStarts;
    private final List<Mention> mentions;
    private final List<CueHit> cues;
    private final int[] mentionSentence;
    private final int[] cueSentence;
    private final List<Set<Cue>> cuesBySentence;
    private final boolean[] clutter;
    private final List<int[]> clutterRanges;

    ArticleText(Article article, SentenceSplitter splitter, Gazetteer gazetteer, CueLexicon lexicon,
            KnowledgeBase knowledge) {
        this.article = article;
        this.hasTitle = article.title() != null && !article.title().isBlank();
        this.text = hasTitle ? article.title().strip().replace('\n', ' ') + "\n" + article.text() : article.text();
        this.folded = FoldedText.of(text);
        List<int[]> spans = splitter.split(text);
        this.sentenceStarts = new int[spans.size()];
        this.sentenceEnds = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            sentenceStarts[i] = spans.get(i)[0];
            sentenceEnds[i] = spans.get(i)[1];
        }
        // Which sentence each character is in: asked for every name and cue, so looked up, not searched.
        this.sentenceAt = new int[text.length()];
        Arrays.fill(sentenceAt, -1);
        for (int i = 0; i < spans.size(); i++) {
            Arrays.fill(sentenceAt, sentenceStarts[i], sentenceEnds[i], i);
        }
        readCharacters();
        this.clutterRanges = LinkLists.find(text);
        this.clutter = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            clutter[i] = isClutterOffset((sentenceStarts[i] + sentenceEnds[i]) / 2)
                    && isClutterOffset(sentenceStarts[i]) && isClutterOffset(sentenceEnds[i] - 1);
        }
        PhraseIndex.Words words = PhraseIndex.Words.of(folded.folded());
        this.foldedWordStarts = words.starts();
        this.cues = lexicon.find(folded, words);
        this.cueSentence = new int[cues.size()];
        this.cuesBySentence = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            cuesBySentence.add(EnumSet.noneOf(Cue.class));
        }
        for (int i = 0; i < cues.size(); i++) {
            cueSentence[i] = sentenceOf(cues.get(i).start());
            if (cueSentence[i] >= 0 && !isClutterOffset(cues.get(i).start())) {
                cuesBySentence.get(cueSentence[i]).add(cues.get(i).cue());
            }
        }
        List<Mention> candidates = gazetteer.find(folded, words);
        this.mentions = new MentionResolver(knowledge, this).resolve(candidates);
        this.mentionSentence = new int[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            mentionSentence[i] = sentenceOf(mentions.get(i).start());
        }
    }


    /** Whether {@code offset} falls in page clutter (a list of links). */
    boolean isClutterOffset(int offset) {
        for (int[] range : clutterRanges) {
            if (offset >= range[0] && offset < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence is page clutter (a list of links): its names and cues are not the story's. */
    boolean isClutter(int sentence) {
        return sentence >= 0 && clutter[sentence];
    }

    Article article() {
        return article;
    }

    String text() {
        return text;
    }

    FoldedText folded() {
        return folded;
    }

    boolean hasTitle() {
        return hasTitle;
    }

    int sentenceCount() {
        return sentenceStarts.length;
    }

    /**
     * Where the words of the folded text start (runs of letters and digits), in order: where a pattern that
     * begins with {@code \b} and a letter or digit can match.
     */
    int[] foldedWordStarts() {
        return foldedWordStarts;
    }

    /** The sentence folded (lower-case ASCII), for phrase rules. */
    String foldedSentence(int index) {
        return folded.folded().substring(foldedIndex(sentenceStarts[index]), foldedIndex(sentenceEnds[index]));
    }

    /** Whether the sentence names the entity {@code id}. */
    boolean names(int sentence, String id) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentionSentence[i] == sentence && mentions.get(i).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    String sentence(int index) {
        return text.substring(sentenceStarts[index], sentenceEnds[index]);
    }

    int sentenceStart(int index) {
        return sentenceStarts[index];
    }

    int sentenceEnd(int index) {
        return sentenceEnds[index];
    }

    boolean isTitle(int index) {
        return hasTitle && index == 0;
    }

    /** The sentence containing {@code offset}, or -1 when it falls between sentences. */
    int sentenceOf(int offset) {
        return offset >= 0 && offset < sentenceAt.length ? sentenceAt[offset] : -1;
    }

    List<Mention> mentions() {
        return mentions;
    }

    int sentenceOfMention(int mentionIndex) {
        return mentionSentence[mentionIndex];
    }

    List<CueHit> cues() {
        return cues;
    }

    int sentenceOfCue(int cueIndex) {
        return cueSentence[cueIndex];
    }

    Set<Cue> cuesIn(int sentence) {
        return sentence < 0 ? Set.of() : cuesBySentence.get(sentence);
    }

    /** What a sentence's characters include, for cheap tests before any pattern: bits of {@link #flags}. */
    static final int DIGIT = 1;
    static final int DASH = 2;
    static final int SLASH = 4;
    static final int CURRENCY = 8;

    private byte[] sentenceFlags;
    private int wordCount;
    private int[] amountStarts;

    /** Where an amount can start: each ASCII digit and currency sign ('£', '€', '$'), in order. */
    int[] amountStarts() {
        return amountStarts;
    }

    /** Whether sentence {@code index} has a character of the kind {@code flag} ({@link #DIGIT}, {@link #DASH} '-' or '–', {@link #SLASH}, {@link #CURRENCY}). */
    boolean sentenceHas(int index, int flag) {
        return (sentenceFlags[index] & flag) != 0;
    }

    /** The number of white-space separated words in the headline and body. */
    int wordCount() {
        return wordCount;
    }

    /** For each ASCII character: the flag it sets, or {@link #SPACE} for white space. */
    private static final byte[] ASCII = new byte[128];
    private static final byte SPACE = 64;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isWhitespace(c) ? SPACE : c >= '0' && c <= '9' ? DIGIT : c == '-' ? DASH
                    : c == '/' ? SLASH : c == '$' ? CURRENCY : 0);
        }
    }

    /** One pass over the characters for the sentence flags and the word count. */
    private void readCharacters() {
        byte[] flags = new byte[sentenceStarts.length];
        int[] amounts = new int[32];
        int amountCount = 0;
        int words = 0;
        boolean inWord = false;
        int s = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            int kind = c < 128 ? ASCII[c] : otherKind(c);
            boolean space = kind == SPACE;
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            if (kind == 0 || space) {
                continue; // letters, punctuation and spaces set no flag
            }
            if (kind == CURRENCY || kind == DIGIT && c <= '9') { // an ASCII digit: DIGIT also marks "²" and the like
                if (amountCount == amounts.length) {
                    amounts = Arrays.copyOf(amounts, amountCount * 2);
                }
                amounts[amountCount++] = i;
            }
            while (s < flags.length && sentenceEnds[s] <= i) {
                s++;
            }
            if (s < flags.length && i >= sentenceStarts[s]) {
                flags[s] |= (byte) kind;
            }
        }
        wordCount = words;
        amountStarts = Arrays.copyOf(amounts, amountCount);
        sentenceFlags = flags;
    }

    /** The kind of a character beyond ASCII: the en dash, pound and euro signs, other numbers ("²"), white space. */
    private static int otherKind(char c) {
        if (c == '–') {
            return DASH;
        }
        if (c == '£' || c == '€') {
            return CURRENCY;
        }
        if (Character.isWhitespace(c)) {
            return SPACE;
        }
        return isNumber(c) ? DIGIT : 0; // folding makes "²" a "2"
    }

    private static boolean isNumber(char c) {
        return Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER;
    }

    private Set<String> amountKeys;

    /** The amounts the article states, as comparable keys ({@link Amounts#key}); computed once. */
    Set<String> amountKeys() {
        if (amountKeys == null) {
            Set<String> keys = new java.util.HashSet<>();
            java.util.regex.Matcher m = Amounts.AMOUNT.matcher(text);
            // Try the pattern only where an amount can start (a currency sign, or a number's first digit):
            // scanning with find() would try it at every character.
            int length = text.length();
            int i = 0;
            for (int at : amountStarts()) {
                if (at < i) {
                    continue; // inside the amount just read
                }
                i = at;
                char c = text.charAt(i);
                boolean digitStart = c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (i == 0 || text.charAt(i - 1) != '.' && text.charAt(i - 1) != ',');
                if ((c == '£' || c == '€' || c == '$' || digitStart) && m.region(i, length).lookingAt()) {
                    keys.add(Amounts.key(m));
                    i = Math.max(m.end(), i + 1);
                }
            }
            amountKeys = keys;
        }
        return amountKeys;
    }

    /**
     * Whether the article writes this number as a whole ("26", "2026", "39.5", not the "26" inside "2026"
     * or "1,260"): an occurrence not continued by a digit, or by "." or "," and a digit, on either side.
     * Searched for, not collected: a summary holds a number or two, an article hundreds.
     */
    boolean writesNumber(String number) {
        int from = 0;
        while (true) {
            int i = text.indexOf(number, from);
            if (i < 0) {
                return false;
            }
            int end = i + number.length();
            boolean continuesBefore = isDigit(i - 1) || (isSeparator(i - 1) && isDigit(i - 2));
            boolean continuesAfter = isDigit(end) || (isSeparator(end) && isDigit(end + 1));
            if (!continuesBefore && !continuesAfter) {
                return true;
            }
            from = i + 1;
        }
    }

    private boolean isDigit(int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private boolean isSeparator(int i) {
        return i >= 0 && i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',');
    }

    /** The folded offset of an original offset (the first folded character at or after it). */
    private int foldedIndex(int originalOffset) {
        return folded.foldedOffset(originalOffset);
    }

    /** The words just before {@code offset} (up to {@code chars} characters), folded, for context rules. */
    String foldedBefore(int offset, int chars) {
        return folded.folded().substring(foldedIndex(Math.max(0, offset - chars)), foldedIndex(offset)).replace('\n', ' ');
    }

    String foldedAfter(int offset, int chars) {
        return folded.folded().substring(foldedIndex(offset), foldedIndex(Math.min(text.length(), offset + chars)))
                .replace('\n', ' ');
    }
}
