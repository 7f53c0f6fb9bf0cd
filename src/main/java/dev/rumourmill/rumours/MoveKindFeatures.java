package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Describes how one player would move, for the kind model (transfer, loan, free, renewal): the words
 * near his name in the sentences that name him, the kinds of phrase those sentences hold, and the label.
 * Which words mean a loan or a renewal is learnt from the corpus, not listed here.
 */
final class MoveKindFeatures {

    private static final int WINDOW = 8;
    private static final int SENTENCES = 6;

    /** The lexicon's hints per kind (rumours/en/move-kinds.txt), read once. */
    record Hints(Map<String, WordPhrases> byKind) {

        static Hints of(Lexicon lexicon) {
            Map<String, WordPhrases> byKind = new LinkedHashMap<>();
            for (String line : lexicon.lines("move-kinds")) {
                String[] parts = line.split("\\|", 2);
                byKind.put(parts[0].strip(), new WordPhrases(Arrays.asList(parts[1].split(";"))));
            }
            return new Hints(Map.copyOf(byKind));
        }
    }

    private final ArticleText article;
    private final List<Mention> mentions;
    private final Hints hints;

    MoveKindFeatures(ArticleText article, List<Mention> mentions, Hints hints) {
        this.article = article;
        this.mentions = mentions;
        this.hints = hints;
    }

    List<String> describe(String playerId, Label label) {
        Set<String> features = new LinkedHashSet<>();
        features.add("label=" + label.wire());
        Set<Integer> sentences = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.PLAYER || !m.id().equals(playerId) || article.isClutterOffset(m.start())) {
                continue;
            }
            int sentence = article.sentenceOf(m.start());
            if (sentence < 0 || (!sentences.contains(sentence) && sentences.size() >= SENTENCES)) {
                continue;
            }
            boolean first = sentences.isEmpty();
            sentences.add(sentence);
            String scope = article.isTitle(sentence) ? "t:" : "w:";
            int start = article.sentenceStart(sentence);
            int end = article.sentenceEnd(sentence);
            List<String> before = ClubRoleFeatures.words(article.foldedBefore(m.start(), Math.max(0, m.start() - start)));
            List<String> after = ClubRoleFeatures.words(article.foldedAfter(m.end(), Math.max(0, end - m.end())));
            for (int i = Math.max(0, before.size() - WINDOW); i < before.size(); i++) {
                features.add(scope + before.get(i));
            }
            for (int i = 0; i < Math.min(WINDOW, after.size()); i++) {
                features.add(scope + after.get(i));
            }
            List<String> words = ClubRoleFeatures.words(article.foldedSentence(sentence));
            hints.byKind().forEach((kind, phrases) -> {
                for (int i = 0; i < words.size(); i++) {
                    if (phrases.startingAt(words, i) > 0) {
                        features.add(scope + "hint=" + kind);
                        if (first) {
                            // the first sentence naming him tells the news; later ones often his career
                            features.add("first-hint=" + kind);
                        }
                        features.add(label.wire() + "|hint=" + kind);
                        break;
                    }
                }
            });
            for (Cue cue : article.cuesIn(sentence)) {
                features.add("cue=" + cue.name());
            }
        }
        if (sentences.isEmpty()) {
            features.add("player-not-placed");
        }
        for (int s = 0; s < Math.min(article.sentenceCount(), 3); s++) {
            for (Cue cue : article.cuesIn(s)) {
                features.add("lede-cue=" + cue.name());
            }
        }
        return new ArrayList<>(features);
    }
}
