package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoleHintsTest {

    private static final ClubRoleFeatures.Hints LISTS = ClubRoleFeatures.Hints.of(Lexicon.english());
    private static final RoleHints HINTS = new RoleHints(LISTS, LISTS.descriptorNouns());

    private static List<String> words(String folded) {
        return ClubRoleFeatures.words(folded);
    }

    @Test
    @DisplayName("the phrase right before a club hints at its role, the longer phrase winning")
    void phraseRightBefore() {
        // GIVEN the words before a club's name
        // WHEN / THEN
        assertThat(HINTS.before(words("he is close to a move to the"))).isEqualTo(RoleHints.BEFORE_DESTINATION);
        assertThat(HINTS.before(words("he has joined them from"))).isEqualTo(RoleHints.BEFORE_CURRENT);
        assertThat(HINTS.before(words("they rejected an offer from"))).isEqualTo(RoleHints.BEFORE_DESTINATION);
        assertThat(HINTS.before(words("he scored twice for the reserves of"))).isNull();
    }

    @Test
    @DisplayName("a club sending a player out on loan or open to offers reads as a seller: 'X have loaned him to Y'")
    void loaningOutIsSelling() {
        // GIVEN the words after a parent club's name
        List<String> loaned = new ArrayList<>();
        List<String> openToOffers = new ArrayList<>();
        List<String> keen = new ArrayList<>();

        // WHEN the hints after the name are read
        HINTS.after(words("have loaned the forward to"), "s", loaned);
        HINTS.after(words("are open to offers for"), "s", openToOffers);
        HINTS.after(words("are keen on the forward"), "s", keen);

        // THEN the parent club sees a seller's hint, a suitor still a buyer's
        assertThat(loaned).contains("s:hint=after-seller");
        assertThat(openToOffers).contains("s:hint=after-seller");
        assertThat(keen).contains("s:hint=after-buyer").doesNotContain("s:hint=after-seller");
    }

    @Test
    @DisplayName("a hint is read across a short description of the club: 'from Serie A side X', 'to the Dutch champions X'")
    void phraseBeforeTheClubsDescription() {
        // GIVEN a hint phrase, then a description ending in a club noun, then the club
        // WHEN / THEN
        assertThat(HINTS.before(words("joined Varnholm from premier league side"))).isEqualTo(RoleHints.BEFORE_CURRENT);
        assertThat(HINTS.before(words("is close to a move to the dutch champions"))).isEqualTo(RoleHints.BEFORE_DESTINATION);
        assertThat(HINTS.before(words("he was signed by rivals"))).isNull();
        // a description longer than four words is not skipped
        assertThat(HINTS.before(words("from a small and ambitious second division side"))).isNull();
    }

    @Test
    @DisplayName("a club in the player's sentence sees the hints before the other clubs there: 'joined X from Y'")
    void siblingClubsHints() {
        // GIVEN a confirmed move told as "joined X from Y" (invented player, real clubs)
        ArticleText text = TestEngine.prepare(null,
                "Tomás Vellacourt has joined Arsenal from Sevilla in a deal worth 30 million euros.", LocalDate.of(2025, 8, 1));
        List<Mention> mentions = new ArrayList<>(text.mentions());
        ClubRoleFeatures features = new ClubRoleFeatures(text, mentions, LISTS);
        Club arsenal = TestEngine.KNOWLEDGE.club("arsenal").orElseThrow();
        Club sevilla = TestEngine.KNOWLEDGE.club("sevilla").orElseThrow();

        // WHEN each club is described for the player
        List<String> forArsenal = features.describe("p2", arsenal, null, Label.CONFIRMED).features();
        List<String> forSevilla = features.describe("p2", sevilla, null, Label.CONFIRMED).features();

        // THEN Arsenal sees the "from" before Sevilla after it, Sevilla the "joined" before Arsenal before it
        assertThat(forArsenal).contains("s:sibling-after=" + RoleHints.BEFORE_CURRENT);
        assertThat(forSevilla).contains("s:sibling-before=" + RoleHints.BEFORE_DESTINATION);
    }
}
