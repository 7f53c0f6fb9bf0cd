package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    private static final Article ARTICLE = new Article("g", null, LocalDate.of(2025, 9, 1), null,
            "Anfield wants to keep Ibrahima Konaté, but Real Madrid are ready to pay €60m, Marca reports. "
                    + "The 26-year-old's deal expires in 2026.");

    private static GroundingCheck.Result check(String summary) {
        return TestEngine.ENGINE.checkGrounding(summary, ARTICLE);
    }

    @Test
    @DisplayName("a summary saying 'Liverpool' is grounded by an article that only says 'Anfield'")
    void groundedByEntityId() {
        // GIVEN / WHEN
        GroundingCheck.Result result = check("Rumour: Ibrahima Konaté to Real Madrid from Liverpool, €60m (per Marca).");

        // THEN
        assertThat(result.grounded()).as(result.problems().toString()).isTrue();
    }

    @Test
    @DisplayName("a club the article never names makes the summary ungrounded")
    void inventedClub() {
        GroundingCheck.Result result = check("Rumour: Ibrahima Konaté to Chelsea.");

        assertThat(result.grounded()).isFalse();
        assertThat(result.problems()).containsExactly("club Chelsea");
    }

    @Test
    @DisplayName("an amount or a number the article never states makes the summary ungrounded")
    void inventedNumbers() {
        GroundingCheck.Result result = check("Rumour: Ibrahima Konaté to Real Madrid for €70m, deal ends 2027.");

        assertThat(result.problems()).contains("amount €70m", "number 2027");
    }

    @Test
    @DisplayName("a person the article never names makes the summary ungrounded")
    void inventedPerson() {
        GroundingCheck.Result result = check("Rumour: Ibrahima Konaté to Real Madrid, says Pablo Inventado.");

        assertThat(result.problems()).contains("name Pablo", "name Inventado");
    }

    @Test
    @DisplayName("a number is grounded only where the article writes it whole, not inside a longer number")
    void numberWrittenWhole() {
        // GIVEN the article writes "2026" and "26-year-old" but never "202" or "6"
        // WHEN a summary states each of them
        GroundingCheck.Result whole = check("Rumour: Ibrahima Konaté to Real Madrid, 26, deal ends 2026.");
        GroundingCheck.Result part = check("Rumour: Ibrahima Konaté to Real Madrid, 202 games, 6 caps.");

        // THEN the whole numbers are grounded and the pieces are not
        assertThat(whole.problems()).noneMatch(p -> p.startsWith("number"));
        assertThat(part.problems()).contains("number 202", "number 6");
    }

    @Test
    @DisplayName("the template's own words, a possessive and an accented name the article writes are not invented names")
    void templateWordsAndPossessivesAreGrounded() {
        // GIVEN a summary in the template's words about names the article writes
        // WHEN it is checked
        GroundingCheck.Result result = check("Rumour: Konaté's future, per Marca. To Real Madrid.");

        // THEN nothing is reported
        assertThat(result.problems()).isEmpty();
    }
}
