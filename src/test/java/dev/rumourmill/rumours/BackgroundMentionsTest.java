package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackgroundMentionsTest {

    @Test
    @DisplayName("clause breaks are found where the pattern [,;:()—–]|\\s-\\s|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b finds them in the sentence")
    void clauseBreaksAsThePattern() {
        // GIVEN sentences of break words, near misses and punctuation, inside a longer text
        Pattern pattern = Pattern.compile("[,;:()—–]|\\s-\\s|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b");
        String[] parts = {"but", "butter", "while", "whilst", "whereas", "where", "rebut", "x", "-", " - ", " ", "  ",
            ",", ";", "(", "—", "–", "é", "_", "\n", "9", "\u0301", "e\u0301"};
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String all = text.toString();
            int start = all.isEmpty() ? 0 : random.nextInt(all.length());
            int end = start + random.nextInt(all.length() - start + 1);
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(all).region(start, end);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            // WHEN found by hand
            List<String> found = new ArrayList<>();
            for (int at = BackgroundMentions.clauseBreak(all, start, start, end); at >= 0; ) {
                int breakEnd = at + BackgroundMentions.clauseBreakLength(all, at);
                found.add(at + "-" + breakEnd);
                at = BackgroundMentions.clauseBreak(all, breakEnd, start, end);
            }
            // THEN the same breaks
            assertThat(found).as("[%s] %d-%d", all, start, end).isEqualTo(expected);
        }
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
