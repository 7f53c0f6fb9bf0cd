package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenewalClubTest {

    @Test
    @DisplayName("a renewal's club is the club likeliest his current club, not the likeliest buyer")
    void renewalKeepsHisClub() {
        // GIVEN role odds {destination, current} for three clubs: a suitor, his club, a club in passing
        List<double[]> odds = List.of(new double[] {0.80, 0.10}, new double[] {0.30, 0.60}, new double[] {0.01, 0.02});

        // WHEN the renewal's club is chosen
        int his = MoveExtractor.likeliestCurrent(odds);

        // THEN it is the second club
        assertThat(his).isEqualTo(1);
    }

    @Test
    @DisplayName("no club is a renewal's club when none is at all likely his current club")
    void noLikelyClub() {
        // GIVEN role odds where no club reads as his current club
        List<double[]> odds = List.of(new double[] {0.90, 0.01}, new double[] {0.02, 0.03});

        // WHEN / THEN
        assertThat(MoveExtractor.likeliestCurrent(odds)).isEqualTo(-1);
    }

    @Test
    @DisplayName("a new contract signed despite a rival's interest names his club, not the rival")
    void renewalDespiteInterest() {
        // GIVEN a renewal article naming the club that wanted him (invented player)
        Analysis analysis = TestEngine.analyse("Vellacourt signs new Sevilla deal despite Arsenal interest",
                "Sevilla defender Tomás Vellacourt has signed a new contract until 2030, the club announced on Friday. "
                        + "The 24-year-old had attracted interest from Arsenal, and his old deal was due to expire next summer. "
                        + "\"This is my home,\" Vellacourt said.");

        // THEN the move is a renewal at Sevilla
        Move move = analysis.moves().get(0);
        assertThat(move.kind()).isEqualTo(MoveKind.RENEWAL);
        assertThat(move.toClub().name()).isEqualTo("Sevilla");
    }
}
