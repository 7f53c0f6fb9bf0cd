package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FeeExtractorTest {

    @Test
    @DisplayName("the fee is kept as written, with its conversion")
    void feeAsWritten() {
        // GIVEN / WHEN
        Analysis analysis = TestEngine.analyse("Arsenal bid for Vellacourt",
                "Arsenal have made a bid of €40m (£34.5m) for Sevilla winger Tomás Vellacourt, according to Marca.");

        // THEN
        assertThat(analysis.fee()).isEqualTo("€40m (£34.5m)");
    }

    @Test
    @DisplayName("wages are not a fee")
    void wagesAreNotAFee() {
        // GIVEN an article with only a weekly wage
        Analysis analysis = TestEngine.analyse("Vellacourt wanted by Arsenal",
                "Arsenal want to sign Tomás Vellacourt from Sevilla, reports say. He would earn £150,000 a week.");

        // THEN
        assertThat(analysis.fee()).isNull();
    }

    @Test
    @DisplayName("'55 million euros' written in words is a fee too")
    void currencyInWords() {
        Analysis analysis = TestEngine.analyse(null,
                "Arsenal are ready to pay 55 million euros to sign Tomás Vellacourt from Sevilla, reports claim.");

        assertThat(analysis.fee()).isEqualTo("55 million euros");
    }

    @Test
    @DisplayName("a fee written with a number in words is read")
    void numberInWords() {
        // GIVEN a fee written "five million pounds" (no digit in the sentence)
        Analysis analysis = TestEngine.analyse(null,
                "Brentford have agreed to pay five million pounds to sign Tomás Vellacourt from Sevilla, reports claim.");

        // THEN it is the fee, as written
        assertThat(analysis.fee()).isEqualTo("five million pounds");
    }

    @Test
    @DisplayName("a misspelt unit still makes a fee")
    void misspeltUnit() {
        // GIVEN "millon" for million
        Analysis analysis = TestEngine.analyse(null,
                "Brentford have agreed to pay €18 millon to sign Tomás Vellacourt from Sevilla, reports claim.");

        // THEN the fee is read, and compares equal to "€18m"
        assertThat(Fees.key(analysis.fee())).isEqualTo(Fees.key("€18m"));
    }

    private static String rulesPick(String text) {
        RumourEngine.Reading reading = TestEngine.ENGINE.read(new Article("t", null, LocalDate.of(2025, 7, 1), null, text));
        return new FeeExtractor().extract(reading.text(), reading.mentions(), "p2");
    }

    @Test
    @DisplayName("an amount written beside another player's name is not the rules' pick for this player")
    void anotherPlayersAmount() {
        // GIVEN an article whose only amount is what Sevilla paid for another player
        // WHEN the rules pick Vellacourt's fee
        String pick = rulesPick("Brentford want Tomás Vellacourt from Sevilla, reports say. "
                + "Sevilla paid €10m to sign Jonas Brekkevold last summer.");

        // THEN there is none
        assertThat(pick).isNull();
    }

    @Test
    @DisplayName("another player named further away in the fee's sentence does not make it his")
    void anotherPlayerFurtherAway() {
        // GIVEN the fee's sentence names another player only in a clause well after the amount
        String pick = rulesPick("Brentford want Tomás Vellacourt from Sevilla, reports say. "
                + "Brentford are ready to table a €25m bid for the winger, who has fallen behind Jonas Brekkevold in the pecking order.");

        // THEN the amount is still the rules' pick
        assertThat(pick).isEqualTo("€25m");
    }

    @Test
    @DisplayName("of two bids in one sentence, the later, raised one is the rules' pick")
    void laterBid() {
        // GIVEN a first and a second bid
        String pick = rulesPick("Brentford have made two offers for Tomás Vellacourt: one worth €8m in June and "
                + "a second of €11m this week.");

        // THEN the second is picked
        assertThat(pick).isEqualTo("€11m");
    }

    @Test
    @DisplayName("an amount in a clause about an earlier move is read as that move's, a bid of now is not")
    void earlierMoveAmount() {
        // GIVEN a dated article with a bid of now and the fee of his move years ago
        ArticleText article = TestEngine.prepare("Arsenal bid for Vellacourt",
                "Arsenal have made a bid of €40m for Tomás Vellacourt. Sevilla signed Vellacourt from Lens for €6m in 2019, "
                        + "and he has scored 30 goals since.",
                LocalDate.of(2025, 7, 1));

        // WHEN its amounts are listed
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(article);

        // THEN only the earlier move's amount is marked as such
        assertThat(candidates).extracting(FeeExtractor.Candidate::asWritten, FeeExtractor.Candidate::pastMove)
                .containsExactly(tuple("€40m", false), tuple("€6m", true));
    }

    @Test
    @DisplayName("without a publication day, a year written as a moment is not enough to make an amount past")
    void undatedFutureYear() {
        // GIVEN an undated article whose amount comes with the latest year it names
        ArticleText article = TestEngine.prepare(null,
                "Real Madrid could bring Tomás Vellacourt back from Como for €20m in 2027 through their buy-back clause.",
                null);

        // WHEN its amounts are listed
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(article);

        // THEN the amount is not read as an earlier move's
        assertThat(candidates).extracting(FeeExtractor.Candidate::pastMove).containsExactly(false);
    }

    @Test
    @DisplayName("the fee of his move years ago is not the fee of the move a denial is about")
    void earlierMoveIsNoFee() {
        // GIVEN a denial whose only amount is what his club paid for him years ago
        Analysis analysis = TestEngine.analyse("Sevilla: Vellacourt is not for sale",
                "Sevilla have denied that Tomás Vellacourt will join Arsenal. \"He is not for sale,\" the club said. "
                        + "Sevilla signed Vellacourt from Lens for £15m in 2019, and he has scored 30 goals since.");

        // THEN his move has no fee
        assertThat(analysis.fee()).isNull();
    }

    @Test
    @DisplayName("an amount in a clause about an earlier move marked by 'that summer' or 'two years ago' is that move's")
    void earlierMoveWithoutYear() {
        // GIVEN an undated article with today's agreed fee and two earlier moves told without a year
        ArticleText article = TestEngine.prepare(null,
                "Lyon have agreed a fee of around €800,000 for Maëlle Dufrenoy, who swapped Montpellier for Paris FC "
                        + "that summer for €300,000. Paris FC paid €150,000 to sign her understudy two years ago.",
                null);

        // WHEN its amounts are listed
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(article);

        // THEN only the earlier moves' amounts are marked as such
        assertThat(candidates).extracting(FeeExtractor.Candidate::asWritten, FeeExtractor.Candidate::pastMove)
                .containsExactly(tuple("around €800,000", false), tuple("€300,000", true), tuple("€150,000", true));
    }

    @Test
    @DisplayName("'at the time of writing' is no past moment")
    void timeOfWriting() {
        // GIVEN a bid of now in a clause that says "at the time of writing"
        ArticleText article = TestEngine.prepare(null,
                "Lyon have offered €800,000 for Maëlle Dufrenoy, who had not signed a new deal at the time of writing.",
                null);

        // WHEN its amounts are listed
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(article);

        // THEN the bid is not an earlier move's
        assertThat(candidates).extracting(FeeExtractor.Candidate::pastMove).containsExactly(false);
    }

    @Test
    @DisplayName("what his club paid for him in an earlier year is an earlier move's amount")
    void paidInAnEarlierYear() {
        // GIVEN a dated article naming what his club paid for him three years before
        ArticleText article = TestEngine.prepare("Vellacourt weighs Saudi offer",
                "Al-Ittihad have offered Tomás Vellacourt a three-year contract. Sevilla paid Lens around €25m for "
                        + "Vellacourt in 2022.",
                LocalDate.of(2025, 7, 1));

        // WHEN its amounts are listed
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(article);

        // THEN the amount is the earlier move's
        assertThat(candidates).extracting(FeeExtractor.Candidate::pastMove).containsExactly(true);
    }

    @Test
    @DisplayName("a salary-cap or budget figure is a club's money, not a fee")
    void salaryCapFigure() {
        // GIVEN an MLS rumour whose only other amount is what his contract counts against the cap
        ArticleText article = TestEngine.prepare(null,
                "Portland Timbers have agreed a $4 million fee with Lanús for winger Tomás Vellacourt. As a Designated "
                        + "Player his cap hit would be the maximum budget charge (this year $743,000) "
                        + "whatever his pay, and the club's salary budget of $5.9 million is nearly spent.",
                null);

        // WHEN its amounts are listed
        List<FeeExtractor.Candidate> candidates = new FeeExtractor().candidates(article);

        // THEN only the fee is not a wage, value or club money
        assertThat(candidates).extracting(FeeExtractor.Candidate::asWritten, FeeExtractor.Candidate::wageOrValue)
                .containsExactly(tuple("$4 million", false), tuple("$743,000", true), tuple("$5.9 million", true));
    }

    @Test
    @DisplayName("money from a club's finances is no fee, his release clause is")
    void clubFinancesAreNoFee() {
        // GIVEN a rumour that names money the buyer hopes to raise from an investor and the player's clause
        Analysis analysis = TestEngine.analyse(null,
                "Valencia still want to sign Tomás Vellacourt this month if a new investor puts €35m into the "
                        + "club's accounts, reports Superdeporte. Sevilla will not let Vellacourt go for less than his "
                        + "€18m release clause.");

        // THEN the fee is his clause
        assertThat(Fees.key(analysis.fee())).isEqualTo(Fees.key("€18m"));
    }

    @Test
    @DisplayName("another player's fee, the player unknown to the engine, is not the move's fee")
    void unknownOtherPlayersFee() {
        // GIVEN a loan rumour whose only amount is what his club got for selling someone the engine does not know
        Analysis analysis = TestEngine.analyse(null,
                "Sevilla are negotiating with Getafe over the transfer of Tomás Vellacourt. Sevilla have already "
                        + "offloaded Mateo Ruizaga to Valencia for roughly 30 million euros, with the club needing "
                        + "funds to finance their own transfer business.");

        // THEN his move has no fee
        assertThat(analysis.fee()).isNull();
    }
}
