package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the label model is told about an article's opening and its years, on articles written for the test. */
class LabelFeaturesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 20);

    @Test
    @DisplayName("a history piece that walks through past years is told how many it names")
    void pastYearsOfAHistoryPiece() {
        // GIVEN a piece naming 2012, 2015 and 2019 and the year it was published
        ArticleText text = TestEngine.prepare("Three deadline days to remember", """
                In 2012 a striker moved from Sevilla to Arsenal late at night. In 2015 a goalkeeper's move collapsed \
                over a fax. In 2019 Brentford signed a winger after an all-night medical. This year, in 2025, the \
                window closes earlier.""", PUBLISHED);

        // WHEN
        int years = LabelFeatures.pastYears(text);

        // THEN the three years before 2025 count, the publication year does not
        assertThat(years).isEqualTo(3);
    }

    @Test
    @DisplayName("news of a move names this year and a contract's end, not past years")
    void noPastYearsInNews() {
        // GIVEN a rumour naming only the contract's end
        ArticleText text = TestEngine.prepare("Arsenal keen on Brekkevold", """
                Arsenal are keen on Brentford midfielder Jonas Brekkevold, whose contract runs until 2027.""", PUBLISHED);

        // WHEN
        int years = LabelFeatures.pastYears(text);

        // THEN
        assertThat(years).isZero();
    }

    @Test
    @DisplayName("without a publication day, the years before the latest one named are past years")
    void pastYearsWithoutAPublicationDay() {
        // GIVEN an undated piece naming 2010, 2011 and 2013
        ArticleText text = TestEngine.prepare(null, """
                The club sold its captain in 2010 and its goalkeeper in 2011. By 2013 the squad was unrecognisable.""",
                null);

        // WHEN
        int years = LabelFeatures.pastYears(text);

        // THEN 2010 and 2011 are before the latest year named
        assertThat(years).isEqualTo(2);
    }

    @Test
    @DisplayName("an analysis that opens on the general point is told its opening names nobody")
    void openingThatNamesNobody() {
        // GIVEN an untitled analysis whose first sentence names no player or club
        RumourEngine.Reading reading = TestEngine.ENGINE.read(new Article("t", null, PUBLISHED, null, """
                Loan deals are as old as the league itself. This summer Arsenal took Jonas Brekkevold on \
                loan from Brentford with an obligation to buy."""));

        // WHEN
        String opening = LabelFeatures.ledeNames(reading.text(), reading.mentions());

        // THEN
        assertThat(opening).isEqualTo("untitled+no-lede");
    }

    @Test
    @DisplayName("news of a move names the player and his clubs in the headline and the first sentence")
    void openingThatNamesThePlayer() {
        // GIVEN a confirmation naming the player at once
        RumourEngine.Reading reading = TestEngine.ENGINE.read(new Article("t", null, PUBLISHED,
                "Arsenal sign Brekkevold from Brentford", """
                Arsenal have signed Jonas Brekkevold from Brentford on a five-year contract."""));

        // WHEN
        String opening = LabelFeatures.ledeNames(reading.text(), reading.mentions());

        // THEN
        assertThat(opening).isEqualTo("title+lede");
    }
}
