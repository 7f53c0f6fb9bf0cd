package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: a player the data does not know is reported under his own name, never as a known player who
 * shares his first name or surname. Every name and article here is invented.
 */
class NamesakeTest {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn(List.of(
            new KnownPlayer("bf", "Bruno Fernandes", List.of(), "Manchester United"),
            new KnownPlayer("gj", "Gabriel Jesus", List.of(), "Arsenal"),
            new KnownPlayer("km", "Kylian Mbappé", List.of(), "Real Madrid"),
            new KnownPlayer("ms", "Mohamed Salah", List.of(), "Liverpool")));
    private static final RumourEngine ENGINE = new RumourEngine(KNOWLEDGE);

    private static List<Player> players(String title, String text) {
        return ENGINE.analyse(new Article("t", null, LocalDate.of(2025, 9, 20), title, text)).players();
    }

    private static List<String> names(String title, String text) {
        return players(title, text).stream().map(Player::name).toList();
    }

    private static List<String> knownIds(String text) {
        ArticleText article = new ArticleText(new Article("t", null, LocalDate.of(2025, 9, 20), null, text),
                new SentenceSplitter(), new Gazetteer(KNOWLEDGE), CueLexicon.builtIn(), KNOWLEDGE);
        return article.mentions().stream().filter(m -> m.kind() == EntityKind.PLAYER).map(Mention::id).toList();
    }

    @Test
    @DisplayName("a known player's nickname as the first name of another player is not the known player")
    void firstNameOfAnother() {
        // GIVEN "Bruno" is a press name of Bruno Fernandes, and the article is about a Bruno we do not know
        String text = "Marseille are set to sign winger Bruno Larloneri from Lyon. Bruno has impressed this season.";

        // WHEN
        List<Player> players = players(null, text);

        // THEN
        assertThat(players).extracting(Player::name, Player::known).containsExactly(tuple("Bruno Larloneri", false));
    }

    @Test
    @DisplayName("a namesake is reported as the subject of the move wherever the sentence puts him")
    void subjectAnywhere() {
        // GIVEN the unknown Bruno first in the sentence, then after a club's wanting, no position word before
        // WHEN / THEN
        assertThat(names(null, "Bruno Larloneri is set to join Marseille in the summer transfer window."))
                .containsExactly("Bruno Larloneri");
        assertThat(names(null, "Marseille want Bruno Larloneri and have opened talks with Lyon."))
                .containsExactly("Bruno Larloneri");
    }

    @Test
    @DisplayName("a headline naming the namesake by surname alone is about him")
    void headlineSurname() {
        // GIVEN
        String title = "Larloneri to Marseille";
        String text = "Bruno Larloneri is close to a move to Marseille, with Lyon ready to accept a bid.";

        // WHEN
        List<Player> players = players(title, text);

        // THEN
        assertThat(players).extracting(Player::name, Player::known).containsExactly(tuple("Bruno Larloneri", false));
    }

    @Test
    @DisplayName("another first name before a known surname is another person, even at the start of a sentence")
    void surnameOfAnother() {
        // GIVEN an invented Ethan Mbappé, while Kylian Mbappé is known
        // WHEN / THEN
        assertThat(names("Monaco eye Ethan Mbappé",
                "Ethan Mbappé is set to join Monaco from Lyon. Real Madrid are not involved."))
                .containsExactly("Ethan Mbappé");
    }

    @Test
    @DisplayName("a namesake stays himself when the known player is also named in full")
    void namesakeBesideKnown() {
        // GIVEN both Mbappés in one article
        List<String> ids = knownIds("Kylian Mbappé watched as Ethan Mbappé completed his move to Monaco.");

        // THEN the known player is found once, for his own name only
        assertThat(ids).containsExactly("km");
    }

    @Test
    @DisplayName("a known first name with an unknown surname is another person: Gabriel Oduwale is not Gabriel Jesus")
    void gabrielOduwale() {
        assertThat(players(null, "Arsenal want Gabriel Oduwale and are ready to bid for the Lyon forward."))
                .extracting(Player::name, Player::known).containsExactly(tuple("Gabriel Oduwale", false));
    }

    @Test
    @DisplayName("a surname that only begins like a known one is another person: Mohamed Salahdine is not Salah")
    void salahdine() {
        assertThat(players(null, "Liverpool are keen on Mohamed Salahdine and have made a bid to Monaco."))
                .extracting(Player::name, Player::known).containsExactly(tuple("Mohamed Salahdine", false));
    }

    @Test
    @DisplayName("a known surname continued by a hyphen is part of another name")
    void hyphenated() {
        assertThat(knownIds("Mohamed Salah-Eddine is set to join Monaco.")).isEmpty();
    }

    @Test
    @DisplayName("the known players are still found when they are the ones written")
    void knownPlayersStay() {
        // WHEN / THEN
        assertThat(players("Bruno Fernandes to Marseille",
                "Bruno Fernandes is set to join Marseille from Manchester United. Bruno wants to leave."))
                .extracting(Player::name, Player::known).containsExactly(tuple("Bruno Fernandes", true));
        assertThat(names(null, "Kylian Mbappé is set to join Liverpool. Real Madrid want a fee for Mbappé."))
                .containsExactly("Kylian Mbappé");
        assertThat(names(null, "Liverpool want to extend the contract of Mohamed Salah. Salah is 33."))
                .containsExactly("Mohamed Salah");
    }

    @Test
    @DisplayName("a spelling variant of the known first name is still the known player")
    void spellingVariant() {
        assertThat(knownIds("Mohammed Salah is wanted by Liverpool rivals. Salah scored twice.")).contains("ms");
    }

    @Test
    @DisplayName("a word that is no first name before a known surname leaves the known player be")
    void notAFirstName() {
        assertThat(knownIds("Meanwhile Salah is happy at Liverpool.")).containsExactly("ms");
        assertThat(knownIds("Liverpool will not sell Egyptian Salah.")).contains("ms");
    }

    @Test
    @DisplayName("in a title-case headline a capital after a known name is no surname: the known player stays")
    void titleCaseHeadline() {
        // GIVEN a headline that capitalises every word, "Bruno Agrees" being no one's name
        String title = "Manchester United Captain Bruno Agrees New Deal With Marseille";
        String text = "Bruno Fernandes has agreed a move to Marseille, who will pay a fee to Manchester United.";

        // WHEN / THEN
        assertThat(players(title, text)).extracting(Player::name, Player::known)
                .containsExactly(tuple("Bruno Fernandes", true));
    }

    @Test
    @DisplayName("a name set off by a comma after a transfer word is not the player moving")
    void punctuationEndsThePhrase() {
        // GIVEN an invented coach speaking about a signing
        String text = "Discussing the signing, Marco Pellavani, the Marseille coach, said Bruno Fernandes will fit in.";

        // WHEN / THEN
        assertThat(names(null, text)).doesNotContain("Marco Pellavani");
    }

    @Test
    @DisplayName("a player known by one name is reported under it, not as a known player named beside him")
    void oneWordName() {
        // GIVEN an invented Brazilian known by one name, and a known player named in the same article
        String text = "Marseille have agreed a fee with Lyon for midfielder Tavinhão, according to reports in France. "
                + "Tavinhão has scored nine goals this season. Mohamed Salah advised him to make the move.";

        // WHEN / THEN
        assertThat(players(null, text)).extracting(Player::name, Player::known).first()
                .isEqualTo(tuple("Tavinhão", false));
    }

    @Test
    @DisplayName("a lone capitalised word after a position word, written once or inside a full name, is no player")
    void oneWordNameNeedsItsOwnMentions() {
        // GIVEN "Pellavani" written once alone, and "Torvanes" elsewhere inside an (invented) full name
        String once = "Marseille are keen to sign striker Pellavani, according to reports in France.";
        String surname = "Marseille signed winger Torvanes for a fee in 2010. Dario Torvanes later coached the club.";

        // WHEN / THEN
        assertThat(names(null, once)).doesNotContain("Pellavani");
        assertThat(names(null, surname)).doesNotContain("Torvanes");
    }
}
