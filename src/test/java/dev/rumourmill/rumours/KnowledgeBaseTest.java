package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    @Test
    @DisplayName("the built-in data covers the leagues the bot promises")
    void coverage() {
        KnowledgeBase kb = KnowledgeBase.builtIn();

        assertThat(kb.clubs()).extracting(Club::country).contains("ENG", "ESP", "GER", "ITA", "FRA", "POR", "NED", "KSA", "USA");
        assertThat(kb.clubs()).hasSizeGreaterThan(200);
        assertThat(kb.sources()).extracting(Source::name).contains("Fabrizio Romano", "The Athletic", "Mail Sport");
    }

    @Test
    @DisplayName("any alias resolves to its canonical entity, accents, case and a leading 'the' ignored")
    void aliases() {
        KnowledgeBase kb = KnowledgeBase.builtIn();

        assertThat(kb.idOf(EntityKind.CLUB, "spurs")).contains("tottenham-hotspur");
        assertThat(kb.idOf(EntityKind.CLUB, "Atletico Madrid")).contains("atletico-madrid");
        assertThat(kb.idOf(EntityKind.SOURCE, "Daily Mail")).contains("mail-sport");
        assertThat(kb.idOf(EntityKind.SOURCE, "the Athletic")).contains("the-athletic");
    }

    @Test
    @DisplayName("every club has at least one name that counts on its own (a club named only ambiguously is never found)")
    void everyClubCanBeFound() {
        // GIVEN the built-in clubs and their aliases
        KnowledgeBase kb = KnowledgeBase.builtIn();

        // WHEN the clubs with a strong alias are collected
        var findable = kb.aliases().stream()
                .filter(a -> a.kind() == EntityKind.CLUB && a.strength() == Alias.Strength.STRONG)
                .map(Alias::id).collect(java.util.stream.Collectors.toSet());

        // THEN every club is among them ("Charlotte FC" written only as ambiguous was never recognised)
        assertThat(kb.clubs()).extracting(Club::id).allMatch(findable::contains);
    }

    @Test
    @DisplayName("a known press nickname is added to a player handed in under his full name")
    void nicknames() {
        assertThat(TestEngine.KNOWLEDGE.idOf(EntityKind.PLAYER, "Ibou Konaté")).contains("p1");
    }
}
