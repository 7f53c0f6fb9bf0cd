package dev.rumourmill.rumours;

import java.util.List;
import java.util.Set;

/**
 * Finds the sentences that go on about a player without naming him: "X is wanted by Y. The 23-year-old has
 * attracted interest from Z." A sentence that names no player, follows one naming him and opens on a word
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
    private final List<Mention> mentions;
    private final PlayerWords words;

    FollowOnSentences(ArticleText article, List<Mention> mentions, PlayerWords words) {
        this.article = article;
        this.mentions = mentions;
        this.words = words;
    }

    /**
     * Whether a sentence naming no player goes on about this one: "X is wanted by Y. The 23-year-old has
     * attracted interest from Z" — the sentence before names him.
     */
    boolean continues(String playerId, int sentence) {
        if (sentence <= 0 || article.isTitle(sentence - 1) || !opensOnPlayer(sentence)) {
            return false;
        }
        boolean namedBefore = false;
        for (Mention p : mentions) {
            if (p.kind() != EntityKind.PLAYER) {
                continue;
            }
            int at = article.sentenceOf(p.start());
            if (at == sentence) {
                return false;
            }
            namedBefore |= at == sentence - 1 && p.id().equals(playerId);
        }
        return namedBefore;
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
