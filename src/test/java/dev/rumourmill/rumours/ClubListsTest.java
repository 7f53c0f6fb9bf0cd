package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClubListsTest {

    private static final ClubRoleFeatures.Hints LISTS = ClubRoleFeatures.Hints.of(Lexicon.english());

    private static List<String> featuresOf(String text, String clubId) {
        ArticleText article = TestEngine.prepare(null, text, LocalDate.of(2025, 8, 1));
        ClubRoleFeatures features = new ClubRoleFeatures(article, article.mentions(), LISTS);
        Club club = TestEngine.KNOWLEDGE.club(clubId).orElseThrow();
        return features.describe("p2", club, null, Label.RUMOUR).features();
    }

    @Test
    @DisplayName("every club of a list sees the phrase before the list: 'interest from Arsenal, Chelsea and Sevilla'")
    void listSharesThePhraseBeforeIt() {
        // GIVEN three suitors named in one list after "interest from" (invented player)
        String text = "Tomás Vellacourt has attracted interest from Arsenal, Chelsea and Sevilla this summer.";

        // WHEN the last and the middle club are described
        List<String> sevilla = featuresOf(text, "sevilla");
        List<String> chelsea = featuresOf(text, "chelsea");

        // THEN both carry the destination hint of the list and know they are in a list
        assertThat(sevilla).contains("s:hint=" + RoleHints.BEFORE_DESTINATION, "s:in-list");
        assertThat(chelsea).contains("s:hint=" + RoleHints.BEFORE_DESTINATION, "s:in-list");
    }

    @Test
    @DisplayName("every club of a list sees the words after the list: 'Arsenal and Chelsea are keen'")
    void listSharesTheWordsAfterIt() {
        // GIVEN two suitors named before "are keen"
        String text = "Arsenal and Chelsea are keen on Tomás Vellacourt.";

        // WHEN the first club is described
        List<String> arsenal = featuresOf(text, "arsenal");

        // THEN it carries the buyer hint said after the last club
        assertThat(arsenal).contains("s:hint=after-buyer", "s:in-list");
    }

    @Test
    @DisplayName("clubs in one sentence but not joined as a list share nothing: 'left Arsenal for Chelsea'")
    void clubsNotInAListShareNothing() {
        // GIVEN two clubs joined by "for", not by a comma or "and"
        String text = "Tomás Vellacourt left Arsenal for Chelsea in 2021.";

        // WHEN the second club is described
        List<String> chelsea = featuresOf(text, "chelsea");

        // THEN it is not in a list and takes no hint from the phrase before the first club
        assertThat(chelsea).doesNotContain("s:in-list", "s:hint=" + RoleHints.BEFORE_CURRENT);
    }
}
