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

    @Test
    @DisplayName("a country or an unknown club written right before a position describes the player, it is not one")
    void descriptorBeforePosition() {
        // GIVEN a signing of an unknown player described by her country and a rumour about one described by a
        // club the data does not know
        Analysis signing = TestEngine.analyse("Arsenal sign Colombia forward Daniela Ospinaro",
                "Arsenal have signed Colombia forward Daniela Ospinaro from Club America on a three-year contract. "
                        + "Ospinaro scored twice for Colombia forward lines last year.");
        Analysis rumour = TestEngine.analyse("Fulham bid for St Mirrenton midfielder Finlay Corrick",
                "Fulham have made a bid for St Mirrenton midfielder Finlay Corrick, according to reports.");

        // WHEN / THEN the players are the people, not the descriptors
        assertThat(signing.players()).extracting(Player::name).containsExactly("Daniela Ospinaro");
        assertThat(rumour.players()).extracting(Player::name).containsExactly("Finlay Corrick");
    }
}
