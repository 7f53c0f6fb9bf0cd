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

    private PersonalNames personalNames;
    /** The latest year the text names, worked out on first use; -1 until then. */
    private int latestYear = -1;

    private final Article article;
    private final String text;
    private final FoldedText folded;
    private final boolean hasTitle;
    private final boolean titleFromUrl;
    private final int[] sentenceStarts;
    private final int[] sentenceEnds;
    private final int[] sentenceAt;
    private final SentenceCharacters characters;
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
        String headline = headline(article);
        this.hasTitle = headline != null;
        this.titleFromUrl = hasTitle && (article.title() == null || article.title().isBlank());
        this.text = hasTitle ? headline + "\n" + article.text() : article.text();
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
        this.characters = new SentenceCharacters(text, sentenceStarts, sentenceEnds);
        this.clutterRanges = LinkLists.find(text);
        this.clutter = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            clutter[i] = isClutterOffset((sentenceStarts[i] + sentenceEnds[i]) / 2)
                    && isClutterOffset(sentenceStarts[i]) && isClutterOffset(sentenceEnds[i] - 1);
        }
        FoldedWords words = FoldedWords.of(folded.folded());
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

    /** The article's title, else the headline its address carries ({@link UrlHeadline}), else null. */
    static String headline(Article article) {
        if (article.title() != null && !article.title().isBlank()) {
            return article.title().strip().replace('\n', ' ');
        }
        return UrlHeadline.of(article.url(), article.text());
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

    /** Whether the headline is the one the article's address carries, not a title of its own. */
    boolean titleFromUrl() {
        return titleFromUrl;
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

    /** Kinds of character for {@link #sentenceHas}: see {@link SentenceCharacters}. */
    static final int DIGIT = SentenceCharacters.DIGIT;
    static final int DASH = SentenceCharacters.DASH;
    static final int SLASH = SentenceCharacters.SLASH;

    /** Whether sentence {@code index} has a character of the kind {@code flag} ({@link #DIGIT}, {@link #DASH} '-' or '–', {@link #SLASH}). */
    boolean sentenceHas(int index, int flag) {
        return characters.has(index, flag);
    }

    /** The number of white-space separated words in the headline and body. */
    int wordCount() {
        return characters.wordCount();
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

    /** The latest year the text names (1950-2049), or 0: "now" for an article without a publication day. */
    int latestYear() {
        if (latestYear < 0) {
            latestYear = LabelFeatures.latestYear(text);
        }
        return latestYear;
    }

    /** The article's capitalised words read as names; made once, on first use, and shared by its readers. */
    PersonalNames personalNames() {
        if (personalNames == null) {
            personalNames = new PersonalNames(this);
        }
        return personalNames;
    }
}
