package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlayerDiscoveryTest {

    @Test
    @DisplayName("an unknown player introduced by his position next to transfer talk is discovered")
    void discoversIntroducedName() {
        // GIVEN a player the data does not know
        Analysis analysis = TestEngine.analyse("Arsenal eye Sevilla winger",
                "Arsenal are keen to sign Sevilla winger Dario Velasquerro in January, reports claim. "
                        + "Arsenal are ready to bid for the winger.");

        // THEN
        assertThat(analysis.players()).extracting(Player::name, Player::known)
                .contains(org.assertj.core.groups.Tuple.tuple("Dario Velasquerro", false));
    }

    @Test
    @DisplayName("capitalised words after a position that are not a name (a competition) are not players")
    void ignoresNonNames() {
        Analysis analysis = TestEngine.analyse(null,
                "Arsenal are keen to sign a new striker. The striker Premier League clubs want is unknown.");

        assertThat(analysis.players()).isEmpty();
    }
}
