package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContractExpiryExtractorTest {

    private static Integer expiry(String text, LocalDate published, Label label) {
        return new ContractExpiryExtractor().extract(TestEngine.prepare(null, text, published), label);
    }

    @Test
    @DisplayName("a year next to contract wording is the expiry year")
    void explicitYear() {
        assertThat(expiry("Arsenal want Vellacourt, whose contract runs until June 2027.", null, Label.RUMOUR))
                .isEqualTo(2027);
    }

    @Test
    @DisplayName("'out of contract next summer' resolves against the publication date")
    void relativeToPublication() {
        // GIVEN an article of July 2025 (next summer = 2026) and one of February 2025 (next summer = 2025)
        // WHEN / THEN
        String text = "Vellacourt, whose contract expires next summer, is wanted by Arsenal.";
        assertThat(expiry(text, LocalDate.of(2025, 7, 8), Label.RUMOUR)).isEqualTo(2026);
        assertThat(expiry(text, LocalDate.of(2025, 2, 8), Label.RUMOUR)).isEqualTo(2025);
    }

    @Test
    @DisplayName("without a publication date, relative wording gives no year: never a guess")
    void noGuessWithoutDate() {
        assertThat(expiry("Vellacourt, whose contract expires next summer, is wanted.", null, Label.RUMOUR)).isNull();
    }

    @Test
    @DisplayName("a year for something else (when he joined) is not an expiry")
    void otherYearsIgnored() {
        assertThat(expiry("Vellacourt joined Sevilla in 2022 and has scored 30 goals.", null, Label.RUMOUR)).isNull();
    }

    @Test
    @DisplayName("a confirmed five-year deal signed in August 2025 ends in 2030")
    void lengthOfNewContract() {
        assertThat(expiry("Vellacourt has signed a five-year contract with Arsenal.", LocalDate.of(2025, 8, 1),
                Label.CONFIRMED)).isEqualTo(2030);
    }

    @Test
    @DisplayName("a year written in a stretch after a full stop inside a number is still found: 'until 2027' after '€2.5m'")
    void yearAfterADecimalPoint() {
        assertThat(expiry("Vellacourt earns €2.5m a season on a contract until 2027.", LocalDate.of(2025, 8, 1),
                Label.RUMOUR)).isEqualTo(2027);
    }

    @Test
    @DisplayName("a contract sentence without a year, then a year in the next sentence, is no expiry")
    void yearInTheNextSentence() {
        assertThat(expiry("Vellacourt signed a new contract last week. He scored twice in 2024.", null,
                Label.CONFIRMED)).isNull();
    }

    @Test
    @DisplayName("a lexicon whose contract date words hold a full stop is refused with the list named")
    void refusesAPhraseWithAFullStop() {
        // GIVEN a test language whose contract-date-words.txt has "the end of the season."
        // WHEN / THEN
        assertThatThrownBy(() -> new ContractExpiryExtractor(Lexicon.of("zz")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contract-date-words").hasMessageContaining("the end of the season.");
    }
}
