package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeeFeaturesTest {

    private static List<String> describeFirstAmount(String text) {
        RumourEngine.Reading reading = TestEngine.ENGINE.read(new Article("t", null, LocalDate.of(2025, 7, 1), null, text));
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(reading.text());
        return new FeeFeatures(reading.text(), reading.mentions(), candidates, FeeFeatures.Words.of(Lexicon.english())).describe(0, "p2", Label.RUMOUR, null, Set.of());
    }

    @Test
    @DisplayName("the article's only amount, beside the player's name, is described as such")
    void soleAmountWithPlayer() {
        // GIVEN an article whose one amount is in a sentence naming the player
        // WHEN the amount is described for his move
        List<String> features = describeFirstAmount(
                "Brentford are closing in on Tomás Vellacourt. Brentford will pay 18 million euros for Vellacourt, reports say.");

        // THEN it is the sole amount with the player, not just "written once"
        assertThat(features).contains("sole-amount-with-player").doesNotContain("written=1");
    }

    @Test
    @DisplayName("an amount among others is described by how often it is written")
    void oneAmountAmongOthers() {
        // GIVEN two different amounts
        // WHEN the first is described
        List<String> features = describeFirstAmount(
                "Brentford will pay €18m for Tomás Vellacourt. Sevilla paid €4m for Vellacourt in 2022, reports say.");

        // THEN it is compared with the others, not the sole amount
        assertThat(features).contains("written=1").doesNotContain("sole-amount-with-player");
    }

    @Test
    @DisplayName("the only amount in a sentence that does not name the player is not the sole amount with him")
    void soleAmountWithoutPlayer() {
        // GIVEN one amount, in a sentence without the player
        List<String> features = describeFirstAmount(
                "Brentford want Tomás Vellacourt. Sevilla would consider offers of around €30m for their winger.");

        // THEN it is described as written once
        assertThat(features).contains("written=1").doesNotContain("sole-amount-with-player");
    }
}
