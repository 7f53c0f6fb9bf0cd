package dev.rumourmill.rumours;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sentences that go on about a player without naming him: "X is wanted by Y. The 21-year-old has
 * drawn interest from Z." A sentence that names no player, follows one naming him and opens on a word
 * for a player ("He", "His", "The 23-year-old", "The striker") is about him.
 */
final class FollowOnSentences {

    /** How far into a sentence its opening words are read. */
    private static final int OPENING_CHARS = 30;

    /**
     * The words the press uses for a player instead of his name, read once: the openings of
     * {@code follow-on-openings.txt} ("He", "The 23-year-old") and the positions ("the striker", also read after
     * a club's name: "the Napoli striker"), which may follow an article.
     */
    record PlayerWords(WordPhrases openings, WordPhrases positions, Set<String> articles) {

        static PlayerWords of(Lexicon lexicon) {
            return new PlayerWords(WordPhrases.of(lexicon, "follow-on-openings"), WordPhrases.of(lexicon, "positions"),
                    lexicon.set("articles"));
        }
    }

    private final ArticleText article;
    private final PlayerWords words;
    /** The players each sentence names. */
    private final Map<Integer, Set<String>> playersBySentence = new HashMap<>();

    FollowOnSentences(ArticleText article, List<Mention> mentions, PlayerWords words) {
        this.article = article;
        this.words = words;
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PLAYER) {
                playersBySentence.computeIfAbsent(article.sentenceOf(m.start()), s -> new HashSet<>()).add(m.id());
            }
        }
    }

    /**
     * Whether a sentence naming no player goes on about this one: "X is wanted by Y. The 21-year-old has
     * drawn interest from Z" — the sentence before names him.
     */
    boolean continues(String playerId, int sentence) {
        return sentence > 0 && !article.isTitle(sentence - 1) && !playersBySentence.containsKey(sentence)
                && playersBySentence.getOrDefault(sentence - 1, Set.of()).contains(playerId) && opensOnPlayer(sentence);
    }

    /** Whether a sentence opens on a word for a player: "He", "His", "The 23-year-old", "The striker". */
    private boolean opensOnPlayer(int sentence) {
        int start = article.sentenceStart(sentence);
        List<String> opening = ClubRoleFeatures.words(
                article.foldedAfter(start, Math.min(OPENING_CHARS, article.sentenceEnd(sentence) - start)));
        return words.openings().startingAt(opening, 0) > 0 || (!opening.isEmpty()
                && words.articles().contains(opening.get(0)) && words.positions().startingAt(opening, 1) > 0);
    }
}
