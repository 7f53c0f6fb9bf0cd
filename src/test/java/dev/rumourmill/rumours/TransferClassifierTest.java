package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The classifier's hard cases, each in an article written for the test. */
class TransferClassifierTest {

    @Test
    @DisplayName("a fantasy football piece full of prices and 'linked' is not transfer news")
    void fantasyPrices() {
        // GIVEN a fantasy-team tips piece quoting player prices
        String title = "Fantasy Premier League tips: five midfielders to pick for gameweek 6";
        String text = """
                Martin Ødegaard costs £8.5m in Fantasy Premier League and has returned 24 points in five gameweeks. \
                The Arsenal captain has three assists and a goal, and his ownership is rising before the deadline. \
                Jonas Brekkevold is a cheaper differential at £5.9m: the Brentford midfielder was linked with a \
                move in the summer but stayed, and he has scored in two of his last three games. \
                Brentford face Fulham at home, a fixture that suits their set-piece threat. \
                For £11.3m you could also captain a premium forward, but the points per million favour the midfield.""";

        // WHEN
        Analysis analysis = TestEngine.analyse(title, text);

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.NOT_TRANSFER);
    }

    @Test
    @DisplayName("a match report that mentions a player 'linked with' a club is not transfer news")
    void matchReportWithLinkedWith() {
        // GIVEN a match report
        String title = "Brentford 2-1 Fulham: Brekkevold header seals derby win";
        String text = """
                Jonas Brekkevold, who was linked with Newcastle in the summer, headed the winner in the 78th minute \
                as Brentford beat Fulham 2-1. Fulham had led at half-time through a penalty, but Brentford pressed \
                high after the break and equalised from a corner. The home side's goalkeeper made two fine saves in \
                stoppage time to protect the victory, which lifts Brentford into the top half of the table. \
                Fulham's manager said his side lost their shape in the second half.""";

        // WHEN
        Analysis analysis = TestEngine.analyse(title, text);

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.NOT_TRANSFER);
    }

    @Test
    @DisplayName("an agent denying contact with a club is a denial")
    void agentDenial() {
        // GIVEN an agent's denial
        String title = "Vellacourt's agent denies Arsenal contact";
        String text = """
                The agent of Tomás Vellacourt has denied reports that Arsenal have made an approach for the Sevilla \
                winger. "There has been no contact with Arsenal, nobody has called me," he said. "These stories are \
                invented. Tomás is happy at Sevilla and is not leaving in January." Spanish newspapers had claimed \
                that Arsenal were preparing a bid of around €40m for the 23-year-old.""";

        // WHEN
        Analysis analysis = TestEngine.analyse(title, text);

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.DENIAL);
    }

    @Test
    @DisplayName("'here we go' from a journalist before the club's announcement is still a rumour")
    void hereWeGoIsStillARumour() {
        // GIVEN a journalist's "here we go" with the medical still to come
        String title = "Here we go: Vellacourt to Arsenal agreed";
        String text = """
                Tomás Vellacourt will join Arsenal from Sevilla, according to Fabrizio Romano, who posted his \
                trademark "here we go" on Sunday night. The fee is agreed at €45m plus add-ons and the winger is \
                expected to undergo a medical on Monday before signing a five-year contract. Arsenal have not yet \
                confirmed the deal, which is subject to the medical and the paperwork.""";

        // WHEN
        Analysis analysis = TestEngine.analyse(title, text);

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.RUMOUR);
    }

    @Test
    @DisplayName("a club announcing a completed signing is confirmed")
    void officialSigning() {
        // GIVEN the club's announcement
        String title = "Arsenal complete the signing of Tomás Vellacourt";
        String text = """
                Arsenal have completed the signing of Tomás Vellacourt from Sevilla, the club announced on its \
                official website on Tuesday. The winger has signed a five-year contract and will wear the number 19 \
                shirt. "I am delighted to be here," Vellacourt said after putting pen to paper. The fee was not \
                disclosed by either club.""";

        // WHEN
        Analysis analysis = TestEngine.analyse(title, text);

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.CONFIRMED);
    }

    @Test
    @DisplayName("a not-transfer article names no players, clubs or sources")
    void notTransferHasNoEntities() {
        // GIVEN a match report
        Analysis analysis = TestEngine.analyse("Brentford 2-1 Fulham: Brekkevold header seals derby win",
                "Jonas Brekkevold headed the winner in the 78th minute as Brentford beat Fulham 2-1. Fulham had led "
                        + "at half-time through a penalty. The home side's goalkeeper made two fine saves in stoppage time.");

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.NOT_TRANSFER);
        assertThat(analysis.players()).isEmpty();
        assertThat(analysis.clubs()).isEmpty();
        assertThat(analysis.sources()).isEmpty();
    }

    @Test
    @DisplayName("a rumour about selling to meet spending rules, with the favourites to sign him, is still a rumour")
    void rulesAndFavouritesAreTransferWords() {
        // GIVEN a rumour whose headline speaks of financial rules and of the favourites to sign a player
        String title = "Sevilla must sell to meet spending rules; Brentford favourites to sign Vellacourt";
        String text = """
                Sevilla need to raise money before the end of June to meet La Liga's spending rules, and Tomás \
                Vellacourt is the player most likely to go. Brentford are the favourites to sign the midfielder, \
                according to reports in Spain, and are preparing an offer of around €15m. Sevilla want €20m.""";

        // WHEN
        Analysis analysis = TestEngine.analyse(title, text);

        // THEN
        assertThat(analysis.label()).isEqualTo(Label.RUMOUR);
    }

    @Test
    @DisplayName("a player 'drawing interest' or 'attracting interest' from a club is transfer talk")
    void drawingInterest() {
        // GIVEN headlines where interest is what a player draws or attracts
        for (String title : java.util.List.of("Sevilla star Tomás Vellacourt drawing interest from Arsenal",
                "Vellacourt attracting interest from Arsenal", "Vellacourt draws interest from Arsenal")) {
            // WHEN the article is read
            ArticleText article = TestEngine.prepare(title, "Vellacourt has been outstanding for Sevilla.",
                    java.time.LocalDate.of(2020, 7, 23));

            // THEN the headline carries transfer talk
            assertThat(article.cuesIn(0)).as(title).contains(Cue.TRANSFER);
        }
    }
}
