package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FollowOnSentencesTest {

    private static final FollowOnSentences.PlayerWords WORDS = FollowOnSentences.PlayerWords.of(Lexicon.english());

    private static FollowOnSentences of(ArticleText article) {
        return new FollowOnSentences(article, article.mentions(), WORDS);
    }

    /** The role model's features of Arsenal for Tomás Vellacourt (player p2 of the test knowledge) in a rumour. */
    private static java.util.List<String> arsenalForVellacourt(ArticleText article) {
        ClubRoleFeatures features = new ClubRoleFeatures(article, article.mentions(),
                ClubRoleFeatures.Hints.of(Lexicon.english()));
        return features.describe("p2", TestEngine.KNOWLEDGE.club("arsenal").orElseThrow(), null, Label.RUMOUR)
                .features();
    }

    private static ArticleText prepare(String text) {
        return TestEngine.prepare(null, text, LocalDate.of(2025, 8, 1));
    }

    @Test
    @DisplayName("a sentence opening on 'The 21-year-old', 'She' or 'The striker' goes on about the player named before")
    void openingsForThePlayer() {
        // GIVEN a sentence naming the player, then sentences that open on words for a player
        ArticleText article = prepare("Tomás Vellacourt is on the move. The 21-year-old has drawn interest from "
                + "Arsenal. She is wanted in Spain too. The striker is valued at £30m by Sevilla.");

        // WHEN / THEN the sentence right after the one naming him goes on about him
        assertThat(of(article).continues("p2", article.sentenceOf(article.text().indexOf("The 21-year-old")))).isTrue();
        // a follow-on sentence must follow the player's own sentence, not another follow-on sentence
        assertThat(of(article).continues("p2", article.sentenceOf(article.text().indexOf("She is")))).isFalse();
    }

    @Test
    @DisplayName("a sentence naming another player, or opening on other words, is not about him")
    void otherSentencesAreNot() {
        // GIVEN a sentence naming the player, one opening on a club, one naming another player
        ArticleText article = prepare("Tomás Vellacourt is on the move. Arsenal have asked about him. "
                + "Tomás Vellacourt scored again. He and Jonas Brekkevold were both watched by Sevilla.");

        // WHEN / THEN
        assertThat(of(article).continues("p2", article.sentenceOf(article.text().indexOf("Arsenal have")))).isFalse();
        assertThat(of(article).continues("p2", article.sentenceOf(article.text().indexOf("He and")))).isFalse();
    }

    @Test
    @DisplayName("the clubs of a follow-on sentence are described as told of the player")
    void clubFeaturesSeeThePlayer() {
        // GIVEN suitors named in the sentence after the one naming the player
        ArticleText article = prepare("Tomás Vellacourt is on the move. The 21-year-old has drawn interest from Arsenal.");

        // WHEN Arsenal is described for him
        var arsenal = arsenalForVellacourt(article);

        // THEN it is read in the player's scope, with the destination hint, as a club told of together with him
        assertThat(arsenal).contains("continues-player", "s:hint=" + RoleHints.BEFORE_DESTINATION, "ever-with-player");
    }

    @Test
    @DisplayName("a club only ever named apart from the player is not told of together with him")
    void clubApartFromThePlayer() {
        // GIVEN a club named in a sentence that neither names the player nor goes on about him
        ArticleText article = prepare("Tomás Vellacourt is on the move. Arsenal have asked about him.");

        // WHEN Arsenal is described for him
        var arsenal = arsenalForVellacourt(article);

        // THEN
        assertThat(arsenal).doesNotContain("continues-player", "ever-with-player");
    }
}
