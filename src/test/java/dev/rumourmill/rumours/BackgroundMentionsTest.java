package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundMentionsTest {

    private static final BackgroundMentions BACKGROUND = new BackgroundMentions(Lexicon.english());

    @Test
    @DisplayName("a former club, an opponent or a youth club named right before the club is background")
    void introducedAsBackground() {
        // GIVEN the folded words before a club's name
        // WHEN / THEN
        assertThat(BACKGROUND.introducedAsBackground("the ex-")).isTrue();
        assertThat(BACKGROUND.introducedAsBackground("the former ")).isTrue();
        assertThat(BACKGROUND.introducedAsBackground("a 3-1 win over ")).isTrue();
        assertThat(BACKGROUND.introducedAsBackground("he came through at the ")).isTrue();
        assertThat(BACKGROUND.introducedAsBackground("a move to ")).isFalse();
        assertThat(BACKGROUND.introducedAsBackground("alex-")).isFalse();
        assertThat(BACKGROUND.introducedAsBackground("")).isFalse();
    }

    @Test
    @DisplayName("a club's name that is the city a player lives in is background: 'happy in Liverpool'")
    void cityHeLivesIn() {
        // GIVEN the folded words before a club's name that is also a city
        // WHEN / THEN
        assertThat(BACKGROUND.introducedAsBackground("he is settled and happy in ")).isTrue();
        assertThat(BACKGROUND.introducedAsBackground("his family has settled in ")).isTrue();
        assertThat(BACKGROUND.introducedAsBackground("a move to ")).isFalse();
        assertThat(BACKGROUND.introducedAsBackground("he is happy at ")).isFalse();
    }

    @Test
    @DisplayName("a rumour's clubs leave out the city a player is happy in")
    void cityLeftOutOfTheClubs() {
        // GIVEN a rumour about a Fulham player linked with Arsenal that says he is happy in Liverpool, his home city
        String text = """
                Arsenal are weighing up a summer move for Fulham winger Yusuf Adebayo-Clarke, according to reports. \
                The 24-year-old grew up on Merseyside and is happy in Liverpool whenever he goes home, but his \
                future lies in London, and Fulham would want around £30m.""";

        // WHEN
        Analysis analysis = TestEngine.analyse("Arsenal weigh up move for Adebayo-Clarke", text);

        // THEN
        assertThat(TestEngine.names(analysis.clubs())).containsExactlyInAnyOrder("Arsenal", "Fulham");
    }

    @Test
    @DisplayName("the clause around a club ends at a comma, a spaced dash or 'but', not inside 'butter'")
    void clauseAroundTheClub() {
        // GIVEN a sentence with a club in its middle clause
        String text = "He joined in 2019 - from Valencia, a club he loved, butter aside but not now";
        int at = text.indexOf("Valencia");
        Mention valencia = new Mention(EntityKind.CLUB, "valencia", at, at + "Valencia".length(),
                Alias.Strength.STRONG, "Valencia");

        // WHEN the clause is cut out
        String clause = new PastCareerClause(Lexicon.english()).clauseAround(text, 0, text.length(), valencia);

        // THEN it runs from the dash to the comma
        assertThat(clause).isEqualTo("from Valencia");
    }

    @Test
    @DisplayName("a club named in a past-move clause is background, the destination in the same sentence is not")
    void pastMoveClause() {
        // GIVEN a sentence naming a former club in a dated clause and the new club after "but"
        Analysis analysis = TestEngine.analyse("Tomás Vellacourt close to Arsenal move",
                "Tomás Vellacourt, who joined Sevilla from Valencia in 2019, is set to sign for Arsenal, but talks go on.",
                java.time.LocalDate.of(2025, 8, 1));

        // THEN Valencia, his former club, is not part of the move
        assertThat(TestEngine.names(analysis.clubs())).contains("Arsenal").doesNotContain("Valencia");
    }
}
