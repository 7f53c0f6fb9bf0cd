package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeeFeaturesTest {

    private static List<String> describeFirstAmount(String text) {
        return describeFirstAmount(text, Set.of());
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

    private static List<String> describeFirstAmount(String text, Set<String> moveClubs) {
        RumourEngine.Reading reading = TestEngine.ENGINE.read(new Article("t", null, LocalDate.of(2025, 7, 1), null, text));
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(reading.text());
        return new FeeFeatures(reading.text(), reading.mentions(), candidates, FeeFeatures.Words.of(Lexicon.english()))
                .describe(0, "p2", Label.RUMOUR, null, moveClubs);
    }

    @Test
    @DisplayName("an amount after an option to buy is described as an option's price, after an obligation as an obligation's")
    void priceOf() {
        // GIVEN a loan with an option, and one with an obligation
        List<String> option = describeFirstAmount(
                "Brentford will take Tomás Vellacourt on loan, with an option to buy set at €15m.");
        List<String> obligation = describeFirstAmount(
                "Brentford will take Tomás Vellacourt on loan, with an obligation to buy worth €15m.");

        // THEN each says what the amount is the price of
        assertThat(option).contains("price=option");
        assertThat(obligation).contains("price=obligation");
    }

    @Test
    @DisplayName("an amount in a sentence naming only clubs outside his move is described as such")
    void clubsAround() {
        // GIVEN his move is from Sevilla to Brentford, and the amount's sentence names Benfica and Porto
        Set<String> move = Set.of(club("Sevilla"), club("Brentford"));
        List<String> others = describeFirstAmount(
                "Brentford want Tomás Vellacourt. Benfica sold a winger to Porto for €20m last summer.", move);
        List<String> his = describeFirstAmount(
                "Brentford want Tomás Vellacourt. Sevilla would accept €20m for the winger.", move);

        // THEN the first names only other clubs, the second one of his move's
        assertThat(others).contains("clubs=other");
        assertThat(his).contains("clubs=move");
    }

    private static String club(String name) {
        return KnowledgeBase.slug(name);
    }

    @Test
    @DisplayName("the seller's asking price, in an article that writes a bid too, is described as beside an offer")
    void askBesideOffer() {
        // GIVEN an asking price first, then a bid
        List<String> features = describeFirstAmount("Sevilla want €14m for Tomás Vellacourt. Brentford have made an "
                + "offer of €10m for the winger, reports say.");

        // THEN the asking price is marked as such, beside an offer
        assertThat(features).contains("price=ask", "ask-beside-offer");
    }

    @Test
    @DisplayName("an asking price without any bid written is not beside an offer")
    void askAlone() {
        // GIVEN an asking price only
        List<String> features = describeFirstAmount("Sevilla want €14m for Tomás Vellacourt, reports say.");

        // THEN it is an asking price, beside nothing
        assertThat(features).contains("price=ask").doesNotContain("ask-beside-offer");
    }
}
