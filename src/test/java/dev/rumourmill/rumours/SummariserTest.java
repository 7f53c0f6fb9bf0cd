package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SummariserTest {

    @Test
    @DisplayName("the summary never names the same club as the one moving and the destination")
    void noClubToItself() {
        // GIVEN an article about an unknown player, where discovery mistook the club's name for the player
        String text = "Real Madrid are preparing a bid for a young defender, and talks could open next week.";
        ArticleText article = TestEngine.prepare(null, text, LocalDate.of(2025, 9, 20));
        Club madrid = TestEngine.KNOWLEDGE.club(KnowledgeBase.slug("Real Madrid")).orElseThrow();
        Summariser.Facts facts = new Summariser.Facts(Label.RUMOUR,
                List.of(new Player("new:real-madrid", "Real Madrid", false)), List.of(madrid), null, List.of(madrid),
                null, List.of());
        // WHEN it is summarised
        String summary = new Summariser(new GroundingCheck(new Gazetteer(TestEngine.KNOWLEDGE)))
                .summarise(article, facts, NamedEntities.NONE);
        // THEN the summary does not say "Real Madrid to Real Madrid"
        assertThat(summary).doesNotContain("Real Madrid to Real Madrid").contains("Real Madrid");
    }
}
