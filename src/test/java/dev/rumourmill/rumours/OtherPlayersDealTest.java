package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OtherPlayersDealTest {

    private static final OtherPlayersDeal DEAL = new OtherPlayersDeal(Lexicon.english());

    /** Whether the first amount written after {@code marker} is another's deal, for Tomás Vellacourt ("p2"). */
    private static boolean anothers(String text, String marker) {
        RumourEngine.Reading reading = TestEngine.ENGINE.read(new Article("t", null, LocalDate.of(2025, 7, 1), null, text));
        ArticleText article = reading.text();
        int start = text.indexOf(marker) + marker.length();
        return DEAL.isAnothers(article, reading.mentions(), article.sentenceOf(start), start, "p2");
    }

    @Test
    @DisplayName("an amount after a deal verb and a full name the engine does not know is that person's fee")
    void unknownPersonsDeal() {
        // GIVEN a sentence selling someone the engine does not know
        String text = "Sevilla want to loan Tomás Vellacourt to Getafe. Sevilla have already offloaded Mateo Ruizaga "
                + "to Valencia for roughly 30 million euros, needing funds to balance their books.";

        // WHEN / THEN the amount is his
        assertThat(anothers(text, "for roughly ")).isTrue();
    }

    @Test
    @DisplayName("an amount after a deal verb and another known player is that player's fee")
    void knownOtherPlayersDeal() {
        // GIVEN a sentence signing another known player
        String text = "Brentford want Tomás Vellacourt. They signed Jonas Brekkevold from Sevilla for £8m last month.";

        // WHEN / THEN the amount is Brekkevold's
        assertThat(anothers(text, "for ")).isTrue();
    }

    @Test
    @DisplayName("an amount after a deal verb and the player himself is his")
    void hisOwnDeal() {
        // GIVEN a sentence signing him
        String text = "Brentford have signed Tomás Vellacourt from Sevilla for £18m.";

        // WHEN / THEN the amount is not another's
        assertThat(anothers(text, "for ")).isFalse();
    }

    @Test
    @DisplayName("a name before a position describes the player, and is no deal's object")
    void nameBeforePosition() {
        // GIVEN "signing Primera Division winger ..."
        String text = "Brentford are close to signing Primera Division winger Tomás Vellacourt for £18m.";

        // WHEN / THEN the amount is not another's
        assertThat(anothers(text, "for ")).isFalse();
    }

    @Test
    @DisplayName("another's deal in an earlier clause says nothing of the amount")
    void otherClause() {
        // GIVEN a sale in one clause and a bid for him in the next
        String text = "Sevilla sold Mateo Ruizaga to Valencia in June, and Brentford have now offered £18m for Tomás Vellacourt.";

        // WHEN / THEN the bid is not another's
        assertThat(anothers(text, "offered ")).isFalse();
    }
}
