package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which players and clubs an article is about, against the background names around the move. */
class StoryFocusTest {

    @Test
    @DisplayName("a player's former club written 'ex-Valencia' is not a club in the move")
    void formerClubPrefix() {
        // GIVEN a rumour that calls the player by his former club
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla, with a bid expected this week. \
                The ex-Valencia man has been Arsenal's top transfer target all summer.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(null, text);
        // THEN the clubs in the move are there and the former club is not
        assertThat(TestEngine.names(analysis.clubs())).contains("Arsenal", "Sevilla").doesNotContain("Valencia");
    }

    @Test
    @DisplayName("a club from a past move dated before publication is background")
    void pastMoveClause() {
        // GIVEN a 2025 rumour recalling the player's 2021 move
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla, with a bid expected this week. \
                Vellacourt has made 90 appearances for Sevilla since his 2021 move from Getafe.""";
        // WHEN it is analysed with its publication day
        Analysis analysis = TestEngine.analyse(null, text, LocalDate.of(2025, 8, 1));
        // THEN the club he left years ago is not part of this move
        assertThat(TestEngine.names(analysis.clubs())).contains("Arsenal", "Sevilla").doesNotContain("Getafe");
    }

    @Test
    @DisplayName("a match opponent named beside the transfer talk is not a club in the move")
    void matchOpponent() {
        // GIVEN a rumour whose coach speaks before a league game
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla, with a bid expected this week. \
                Sevilla's coach was asked about Vellacourt before Sunday's game against Villarreal and said the \
                talks had not reached him.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(null, text);
        // THEN the opponent is left out
        assertThat(TestEngine.names(analysis.clubs())).contains("Arsenal", "Sevilla").doesNotContain("Villarreal");
    }

    @Test
    @DisplayName("a club named only in a bookmaker's odds line is not a club in the move")
    void bettingLine() {
        // GIVEN a rumour closing with a betting price on another destination
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla, with a bid expected this week. \
                Odds: Vellacourt 7/2 to move to Chelsea before the window shuts.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(null, text);
        // THEN the odds line adds no club
        assertThat(TestEngine.names(analysis.clubs())).doesNotContain("Chelsea");
    }

    @Test
    @DisplayName("a surname written after someone else's first name is that other person, not our player")
    void surnameOfAnotherPerson() {
        // GIVEN Brentford's (made-up) coach shares our Brentford player's surname
        String text = """
                Brentford are in talks to sign winger Tomás Vellacourt from Sevilla. Coach Erik Brekkevold wants \
                a new winger, and Brekkevold said the bid for Vellacourt was close to being agreed.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(null, text);
        // THEN only the moving player is named, not Jonas Brekkevold
        assertThat(analysis.players()).extracting(Player::name).containsExactly("Tomás Vellacourt");
    }

    @Test
    @DisplayName("a round-up item whose full name leads a move phrase stays, however briefly it is told")
    void roundUpMover() {
        // GIVEN a round-up dominated by one player, with a one-line item on another
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla. Arsenal have made Vellacourt \
                their top target and a bid for Vellacourt is expected this week. Sevilla want more than the \
                first offer for Vellacourt, and talks over Vellacourt will continue. Elsewhere, Kasper Højlund is \
                set to join Napoli from Atalanta on loan, according to reports in Italy.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(null, text);
        // THEN both movers are named
        assertThat(analysis.players()).extracting(Player::name).contains("Tomás Vellacourt", "Kasper Højlund");
    }

    @Test
    @DisplayName("the club a player came through at is background, not a club in the move")
    void youthClub() {
        // GIVEN a rumour recalling where the player grew up, with no year given
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla, with a bid expected this week. \
                Vellacourt came through at Villarreal and his transfer would be Sevilla's biggest sale.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(null, text);
        // THEN the youth club is left out
        assertThat(TestEngine.names(analysis.clubs())).contains("Arsenal", "Sevilla").doesNotContain("Villarreal");
    }

    @Test
    @DisplayName("a club named only in a betting line is not where the player is going")
    void bettingLineClubIsNoDestination() {
        // GIVEN a denial with a bookmaker's line about another club
        String text = """
                Sevilla have dismissed claims that Tomás Vellacourt could be sold in January, calling them nonsense. \
                The club say the winger is not for sale at any price. \
                Odds: Tomás Vellacourt 9/2 to move to Arsenal when the window opens.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse("Sevilla deny Vellacourt sale claims", text);
        // THEN the headline move has no destination and the betting line's club is no club of the story
        assertThat(analysis.moves().get(0).toClub()).isNull();
        assertThat(TestEngine.names(analysis.clubs())).contains("Sevilla").doesNotContain("Arsenal");
    }

    @Test
    @DisplayName("without a publication day, a past loan in a season before the latest year named is background")
    void pastLoanWithoutPublicationDay() {
        // GIVEN an undated rumour recalling a loan in the 2020-21 season, the contract ending in 2026
        String text = """
                Arsenal are in talks to sign winger Tomás Vellacourt from Sevilla, with a bid expected this week. \
                Vellacourt came back to Sevilla after a productive loan at Getafe during the 2020-21 season. \
                His contract with Sevilla runs until 2026.""";
        // WHEN it is analysed without a publication day
        Analysis analysis = TestEngine.analyse(null, text, null);
        // THEN the loan club is no club of this move
        assertThat(TestEngine.names(analysis.clubs())).contains("Arsenal", "Sevilla").doesNotContain("Getafe");
    }

    @Test
    @DisplayName("without a publication day, a contract's end is not a past year")
    void contractEndIsNoPastYear() {
        // GIVEN an undated renewal through 2028 with an option for 2029
        String text = """
                Sevilla have signed winger Tomás Vellacourt to a contract extension through the 2028 season, with \
                an option for 2029, the club announced.""";
        // WHEN it is analysed without a publication day
        Analysis analysis = TestEngine.analyse("Sevilla tie down Vellacourt", text, null);
        // THEN his club is the renewal's club
        assertThat(TestEngine.names(analysis.clubs())).contains("Sevilla");
    }

    @Test
    @DisplayName("a headline naming several players leads with the first named unless he is named much less")
    void headlineOrderLeads() {
        // GIVEN a gossip column whose headline names three players and whose third item is told at more length
        String title = "Today's gossip: Arsenal circle Vellacourt, Fulham scout Brekkevold, Atalanta move for Ødegaard";
        String text = """
                Arsenal have made Sevilla winger Tomás Vellacourt their priority and opened talks, according to reports. \
                Fulham sent scouts to watch Brentford's Jonas Brekkevold at the weekend. \
                Atalanta are preparing a bid for Arsenal captain Martin Ødegaard. Ødegaard is open to a move, and \
                Atalanta believe a package of around £40m could be enough.""";
        // WHEN it is analysed
        Analysis analysis = TestEngine.analyse(title, text);
        // THEN the first item of the headline leads
        assertThat(analysis.moves().get(0).player().name()).isEqualTo("Tomás Vellacourt");
    }
}
