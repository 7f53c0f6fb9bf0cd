package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectionExtractorTest {

    @Test
    @DisplayName("'interest from X' makes X the destination and 'X's winger' the selling club")
    void explicitPhrases() {
        // GIVEN / WHEN
        Analysis analysis = TestEngine.analyse(null,
                "Sevilla's winger Tomás Vellacourt has attracted interest from Arsenal, reports say.");

        // THEN
        assertThat(analysis.fromClub().name()).isEqualTo("Sevilla");
        assertThat(TestEngine.names(analysis.toClubs())).containsExactly("Arsenal");
    }

    @Test
    @DisplayName("clubs merely named together get no direction")
    void noGuess() {
        // GIVEN two clubs with no directional phrasing
        Analysis analysis = TestEngine.analyse(null,
                "Tomás Vellacourt transfer talk: Arsenal and Sevilla, reports say, discussed many things.");

        // THEN
        assertThat(analysis.fromClub()).isNull();
        assertThat(analysis.toClubs()).isEmpty();
    }
}
