package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

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
}
