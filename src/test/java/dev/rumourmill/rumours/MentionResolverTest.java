package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The gazetteer with the resolver: which names in a text really name an entity. */
class MentionResolverTest {

    private static List<String> ids(String text) {
        return TestEngine.prepare(null, text, LocalDate.of(2025, 1, 10)).mentions().stream()
                .map(m -> m.kind() + ":" + m.id()).toList();
    }

    @Test
    @DisplayName("a stadium used as a metonym names its club")
    void stadiumMetonym() {
        // GIVEN / WHEN
        List<String> ids = ids("Anfield wants him to stay, but the Bernabeu is calling.");

        // THEN
        assertThat(ids).containsExactly("CLUB:liverpool", "CLUB:real-madrid");
    }

    @Test
    @DisplayName("the longest name wins: 'Real Madrid' is one club, not 'Madrid' too")
    void longestMatch() {
        assertThat(ids("Real Madrid want a centre-back.")).containsExactly("CLUB:real-madrid");
    }

    @Test
    @DisplayName("an ambiguous nickname counts only when the club is also named plainly")
    void ambiguousNickname() {
        // GIVEN "the Reds" alone, then with Liverpool named
        // WHEN / THEN
        assertThat(ids("The Reds are interested in a striker.")).isEmpty();
        assertThat(ids("Liverpool want a striker. The Reds have money to spend."))
                .containsExactly("CLUB:liverpool", "CLUB:liverpool");
    }

    @Test
    @DisplayName("a club name that is also a word counts only when capitalised")
    void capitalisedOnly() {
        assertThat(ids("It would be nice to sign a winger for OGC Nice.")).containsExactly("CLUB:nice");
    }

    @Test
    @DisplayName("a capitalised nickname that is an English word names its club alone, the word in lower case does not")
    void wordNicknameCountsWhenCapitalised() {
        // GIVEN "the Spirit" and "the Courage" with neither club named in full, then the same words in lower case
        // WHEN / THEN
        assertThat(ids("She is in her third season with the Spirit, who face the Courage on Saturday."))
                .containsExactly("CLUB:washington-spirit", "CLUB:north-carolina-courage");
        assertThat(ids("It took the courage of a coach and the spirit of a team.")).isEmpty();
    }

    @Test
    @DisplayName("a surname alone names a player only when his full name or his club is also in the article")
    void surnameNeedsSupport() {
        // GIVEN Vellacourt (of Sevilla) by surname only, then with his club, then with his full name
        // WHEN / THEN
        assertThat(ids("Vellacourt is wanted.")).isEmpty();
        assertThat(ids("Vellacourt is wanted, and Sevilla will listen.")).contains("PLAYER:p2");
        assertThat(ids("Tomás Vellacourt is wanted. Vellacourt is 23.")).containsExactly("PLAYER:p2", "PLAYER:p2");
    }

    @Test
    @DisplayName("a surname two players share is dropped unless the article tells them apart")
    void sharedSurname() {
        // GIVEN two players called Mendonça
        // WHEN / THEN
        assertThat(ids("Mendonça is wanted by Porto and Benfica.")).doesNotContain("PLAYER:p7", "PLAYER:p8");
        assertThat(ids("Rafael Mendonça is wanted. Mendonça is 21.")).containsExactly("PLAYER:p7", "PLAYER:p7");
    }

    @Test
    @DisplayName("names match whatever their accents: Odegaard, Hojlund and Dordevic are found")
    void accentInsensitive() {
        assertThat(ids("Martin Odegaard, Kasper Hojlund and Milan Dordevic"))
                .containsExactly("PLAYER:p4", "PLAYER:p5", "PLAYER:p6");
    }

    @Test
    @DisplayName("an outlet that is also a word counts only next to attribution")
    void wordLikeOutletNeedsAttribution() {
        // GIVEN "Sport" as a word and as the Barcelona daily
        // WHEN / THEN
        assertThat(ids("Sport is big business in Spain.")).isEmpty();
        assertThat(ids("According to Sport, Barcelona want him.")).contains("SOURCE:sport");
    }

    @Test
    @DisplayName("a surname written after someone else's first name is another person, and so is the bare surname")
    void surnameOfAnotherPerson() {
        // GIVEN an invented Andrés Vellacourt, not our Tomás
        // WHEN / THEN
        assertThat(ids("Sevilla coach Andrés Vellacourt spoke on Friday. Vellacourt wants a striker from Sevilla."))
                .doesNotContain("PLAYER:p2");
    }

    @Test
    @DisplayName("a first name spelt another way before a unique surname is still our player")
    void transliteratedFirstName() {
        // GIVEN "Tomas" and "Thomás" for our Tomás Vellacourt
        // WHEN / THEN
        assertThat(ids("Thomás Vellacourt is wanted by Arsenal.")).containsExactly("PLAYER:p2", "CLUB:arsenal");
    }
}
