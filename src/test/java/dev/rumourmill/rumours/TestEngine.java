package dev.rumourmill.rumours;

import java.time.LocalDate;
import java.util.List;

/** One engine for the rumour tests, with a handful of players written for them (not real data). */
final class TestEngine {

    static final List<KnownPlayer> PLAYERS = List.of(
            new KnownPlayer("p1", "Ibrahima Konaté", List.of(), "Liverpool Football Club"),
            new KnownPlayer("p2", "Tomás Vellacourt", List.of(), "Sevilla"),
            new KnownPlayer("p3", "Jonas Brekkevold", List.of(), "Brentford"),
            new KnownPlayer("p4", "Martin Ødegaard", List.of(), "Arsenal"),
            new KnownPlayer("p5", "Kasper Højlund", List.of(), "Atalanta"),
            new KnownPlayer("p6", "Milan Đorđević", List.of(), "Red Star Belgrade"),
            new KnownPlayer("p7", "Rafael Mendonça", List.of(), "Benfica"),
            new KnownPlayer("p8", "Harry Mendonça", List.of(), "Porto"),
            new KnownPlayer("p9", "Yusuf Adebayo-Clarke", List.of("Yusi"), "Fulham"));

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn(PLAYERS);
    static final RumourEngine ENGINE = new RumourEngine(KNOWLEDGE);

    private TestEngine() {
    }

    static Analysis analyse(String title, String text) {
        return ENGINE.analyse(new Article("t", null, LocalDate.of(2025, 9, 20), title, text));
    }

    static Analysis analyse(String title, String text, LocalDate published) {
        return ENGINE.analyse(new Article("t", null, published, title, text));
    }

    static ArticleText prepare(String title, String text, LocalDate published) {
        return new ArticleText(new Article("t", null, published, title, text), new SentenceSplitter(),
                new Gazetteer(KNOWLEDGE), CueLexicon.builtIn(), KNOWLEDGE);
    }

    static List<String> names(List<Club> clubs) {
        return clubs.stream().map(Club::name).toList();
    }
}
