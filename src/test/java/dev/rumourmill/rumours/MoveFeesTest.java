package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoveFeesTest {

    @Test
    @DisplayName("a club the role model gives a fair chance of being an end of the move counts as near it, a bystander does not")
    void clubsNearTheMove() {
        // GIVEN his club placed, a suitor the role model did not dare name (0.19 in all) and a club named in passing
        Club his = new Club("arsenal", "Arsenal", "ENG");
        Club suitor = new Club("al-hilal", "Al-Hilal", "KSA");
        Club passing = new Club("santos", "Santos", "BRA");
        List<double[]> odds = List.of(new double[] {0.00, 1.00}, new double[] {0.02, 0.17}, new double[] {0.01, 0.02});

        // WHEN the clubs his fee would be written beside are taken
        var near = MoveFees.moveClubs(his, null, List.of(his, suitor, passing), odds);

        // THEN his club and the suitor are, the club in passing is not
        assertThat(near).containsExactlyInAnyOrder("arsenal", "al-hilal");
    }
}
