package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seed case of the issue, in an article written for this test. */
class SeedCaseTest {

    private static final String TITLE = "Real Madrid confident of landing Ibou Konaté on a free";
    private static final String TEXT = """
            Real Madrid are confident of signing Ibou Konaté from Liverpool on a free transfer next summer, \
            according to Lewis Steele of Mail Sport. The French centre-back's deal at Anfield expires in 2026 and \
            talks over a new contract have stalled. Los Blancos can approach him formally from January 1, when he \
            enters the final six months of his contract. Liverpool would rather keep the 26-year-old, who has \
            started most games under their head coach this season, but a renewal looks unlikely.""";

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        // GIVEN the seed article, published in September 2025, with Konaté known from the contracts data
        // WHEN it is analysed
        analysis = TestEngine.analyse(TITLE, TEXT, LocalDate.of(2025, 9, 20));
    }

    @Test
    @DisplayName("the seed article is a rumour")
    void label() {
        // THEN
        assertThat(analysis.label()).isEqualTo(Label.RUMOUR);
    }

    @Test
    @DisplayName("the seed article names Ibrahima Konaté, written 'Ibou Konaté'")
    void player() {
        assertThat(analysis.players()).extracting(Player::name).containsExactly("Ibrahima Konaté");
    }

    @Test
    @DisplayName("the seed article involves Liverpool and Real Madrid, and Real Madrid is the destination")
    void clubs() {
        assertThat(TestEngine.names(analysis.clubs())).contains("Liverpool", "Real Madrid");
        assertThat(TestEngine.names(analysis.toClubs())).containsExactly("Real Madrid");
        assertThat(analysis.fromClub().name()).isEqualTo("Liverpool");
    }

    @Test
    @DisplayName("the seed article's headline move: Ibrahima Konaté, from Liverpool to Real Madrid, on a free, still talk")
    void headlineMove() {
        // THEN
        Move move = analysis.headline();
        assertThat(move.player().name()).isEqualTo("Ibrahima Konaté");
        assertThat(move.fromClub().name()).isEqualTo("Liverpool");
        assertThat(move.toClub().name()).isEqualTo("Real Madrid");
        assertThat(move.kind()).isEqualTo(MoveKind.FREE);
        assertThat(move.stage()).isIn(StoryStage.TALKS, StoryStage.INTEREST);
        assertThat(analysis.moves()).hasSize(1);
    }

    @Test
    @DisplayName("the seed article cites Lewis Steele and Mail Sport")
    void sources() {
        assertThat(analysis.sources()).extracting(RatedSource::name).contains("Lewis Steele", "Mail Sport");
    }

    @Test
    @DisplayName("the seed article gives a contract ending in 2026 and a free transfer")
    void contractAndDealType() {
        assertThat(analysis.contractExpiryYear()).isEqualTo(2026);
        assertThat(analysis.dealType()).isEqualTo(DealType.FREE);
    }

    @Test
    @DisplayName("the seed article's summary is at most 280 characters and grounded in the article")
    void groundedSummary() {
        assertThat(analysis.summary()).isNotBlank().hasSizeLessThanOrEqualTo(280).contains("Ibrahima Konaté");
        GroundingCheck.Result check = TestEngine.ENGINE.checkGrounding(analysis.summary(),
                new Article("t", null, LocalDate.of(2025, 9, 20), TITLE, TEXT));
        assertThat(check.grounded()).as(check.problems().toString()).isTrue();
    }
}
