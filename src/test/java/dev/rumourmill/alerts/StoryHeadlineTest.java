package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.rumours.Club;
import dev.rumourmill.rumours.Move;
import dev.rumourmill.rumours.MoveKind;
import dev.rumourmill.rumours.Player;
import dev.rumourmill.rumours.StoryStage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoryHeadlineTest {

    private static final Player PLAYER = new Player("p1", "Tomas Brennan", true);
    private static final Club HARBOUR = new Club("harbour-town", "Harbour Town", "ENG");
    private static final Club VALLEY = new Club("valley-rovers", "Valley Rovers", "ENG");

    @Test
    @DisplayName("a move with both ends reads 'Player → Destination (from Origin)'")
    void bothEnds() {
        // GIVEN a move from Harbour Town to Valley Rovers
        Move move = new Move(PLAYER, HARBOUR, VALLEY, MoveKind.TRANSFER, null, StoryStage.TALKS);

        // WHEN / THEN
        assertThat(StoryAlerts.headline("Tomas Brennan", "Valley Rovers", move))
                .isEqualTo("Tomas Brennan → Valley Rovers (from Harbour Town)");
    }

    @Test
    @DisplayName("without a destination the headline names no club as one, only where he plays")
    void noDestination() {
        // GIVEN a move whose article names only his club
        Move move = new Move(PLAYER, HARBOUR, null, MoveKind.TRANSFER, null, StoryStage.INTEREST);

        // WHEN / THEN
        assertThat(StoryAlerts.headline("Tomas Brennan", null, move)).isEqualTo("Tomas Brennan (Harbour Town): transfer talk");
        assertThat(StoryAlerts.headline("Tomas Brennan", null, null)).isEqualTo("Tomas Brennan: transfer talk");
    }

    @Test
    @DisplayName("a renewal reads as a new contract at his club, not as a move")
    void renewal() {
        // GIVEN a renewal at Harbour Town
        Move move = new Move(PLAYER, null, HARBOUR, MoveKind.RENEWAL, null, StoryStage.OFFICIAL);

        // WHEN / THEN
        assertThat(StoryAlerts.headline("Tomas Brennan", "Harbour Town", move))
                .isEqualTo("Tomas Brennan: new contract at Harbour Town");
    }
}
