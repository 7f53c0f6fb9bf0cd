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

    /** The headline move of an article. */
    private static Move headlineMove(String title, String text) {
        return TestEngine.analyse(title, text).moves().get(0);
    }

    @Test
    @DisplayName("a renewal has no fee, not even the release clause the new contract sets")
    void renewalHasNoFee() {
        // GIVEN a renewal whose only amount is the clause written into the new contract
        // WHEN its move is read
        Move move = headlineMove("Vellacourt signs new Sevilla contract",
                "Tomás Vellacourt has signed a new contract with Sevilla until 2030 that includes a €80m release "
                        + "clause, the club announced on Friday, after Arsenal had offered a fee of €40m for the winger.");

        // THEN it is a renewal, without a fee
        assertThat(move.kind()).isEqualTo(MoveKind.RENEWAL);
        assertThat(move.fee()).isNull();
    }

    @Test
    @DisplayName("a free move has no fee, not even a bid made for him a year before")
    void freeMoveHasNoFee() {
        // GIVEN a free transfer whose only amount is an old, rejected bid
        // WHEN its move is read
        Move move = headlineMove("Vellacourt to join Arsenal on a free",
                "Tomás Vellacourt will join Arsenal on a free transfer when his Sevilla contract expires in June. "
                        + "Sevilla had turned down a bid of €25m for the winger from Arsenal last summer.");

        // THEN it is a free move, without a fee
        assertThat(move.kind()).isEqualTo(MoveKind.FREE);
        assertThat(move.fee()).isNull();
    }

    @Test
    @DisplayName("a loan's option to buy is a price for later, not the loan's fee, however far the option word stands")
    void loanOptionIsNoFee() {
        // GIVEN loans whose only amount is the option to buy, the option word right before it or far before it
        // WHEN their moves are read
        Move near = headlineMove("Getafe agree Vellacourt loan",
                "Getafe have agreed a season-long loan for Tomás Vellacourt with Sevilla, with an option to buy set "
                        + "at €9m, according to Marca.");
        Move far = headlineMove("Getafe agree Vellacourt loan",
                "Getafe have agreed a season-long loan for Tomás Vellacourt with Sevilla, according to Marca. The deal "
                        + "includes an option for Getafe to make the move permanent for €6m next summer.");

        // THEN both are loans, without a fee
        assertThat(List.of(near, far)).allSatisfy(move -> {
            assertThat(move.kind()).isEqualTo(MoveKind.LOAN);
            assertThat(move.fee()).isNull();
        });
    }
}
