package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourceExtractorTest {

    @Test
    @DisplayName("a known journalist and outlet come with their kind and default tier")
    void knownSources() {
        // GIVEN / WHEN
        Analysis analysis = TestEngine.analyse(null,
                "Arsenal are in talks to sign Tomás Vellacourt from Sevilla, according to David Ornstein of The Athletic.");

        // THEN
        assertThat(analysis.sources()).containsExactly(
                new RatedSource("david-ornstein", "David Ornstein", SourceKind.JOURNALIST, "1"),
                new RatedSource("the-athletic", "The Athletic", SourceKind.OUTLET, "1"));
    }

    @Test
    @DisplayName("an unknown source after 'according to' is kept, unrated")
    void unknownSource() {
        Analysis analysis = TestEngine.analyse(null,
                "Arsenal want to sign Tomás Vellacourt from Sevilla, according to Radio Bética Deportes.");

        assertThat(analysis.sources()).extracting(RatedSource::name, RatedSource::tier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Radio Bética Deportes", null));
    }

    @Test
    @DisplayName("a journalist's bare surname counts only as an attribution")
    void bareSurname() {
        // GIVEN "Romano" as attribution, and as a word in a club's name
        // WHEN / THEN
        assertThat(TestEngine.analyse(null, "Arsenal want to sign Tomás Vellacourt from Sevilla, Romano reports.")
                .sources()).extracting(RatedSource::name).containsExactly("Fabrizio Romano");
        assertThat(TestEngine.analyse(null, "Arsenal want to sign Tomás Vellacourt from Sevilla. Romano is a surname.")
                .sources()).isEmpty();
    }
}
