package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return new SentenceSplitter().split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    @DisplayName("'St. James' Park' does not end a sentence")
    void saintIsNotAnEnd() {
        // GIVEN / WHEN
        List<String> sentences = split("He will have a medical at St. James' Park on Monday. The fee is £30m.");

        // THEN
        assertThat(sentences).containsExactly("He will have a medical at St. James' Park on Monday.", "The fee is £30m.");
    }

    @Test
    @DisplayName("a line break ends a sentence, so a headline without a full stop stands alone")
    void lineBreakEndsSentence() {
        assertThat(split("Arsenal close in on winger\nThe deal is nearly done.")).containsExactly(
                "Arsenal close in on winger", "The deal is nearly done.");
    }
}
