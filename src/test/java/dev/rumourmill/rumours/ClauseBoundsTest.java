package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClauseBoundsTest {

    private static final ClauseBounds CLAUSE = ClauseBounds.ofAmounts(Lexicon.english());

    private static String clauseOf(String sentence, String amount) {
        int start = sentence.indexOf(amount);
        ClauseBounds.Span span = CLAUSE.around(sentence, 0, sentence.length(), start, start + amount.length());
        return sentence.substring(span.start(), span.end());
    }

    @Test
    @DisplayName("an amount's clause ends at commas and at 'but', not at a bracket or the amount's own comma")
    void clauseOfAnAmount() {
        // GIVEN a sentence of three clauses, the amount in brackets in the middle one
        String sentence = "He is a Designated Player, so his cap hit is the maximum budget charge (this year $743,000) "
                + "but the club can buy him down, reports say.";

        // WHEN / THEN the amount's clause runs from the comma to "but"
        assertThat(clauseOf(sentence, "$743,000"))
                .isEqualTo(" so his cap hit is the maximum budget charge (this year $743,000) ");
    }

    @Test
    @DisplayName("a name's clause ends at a bracket too: '(signed from X in 2019)' is an aside of its own")
    void clauseOfAWord() {
        // GIVEN a sentence whose bracket tells a past move beside today's news
        String sentence = "Vellacourt (signed from Porto in 2019) is wanted by Arsenal.";
        int start = sentence.indexOf("Porto");

        // WHEN the clause of "Porto" is taken for words, and for an amount written there
        ClauseBounds.Span forWords = ClauseBounds.ofWords(Lexicon.english()).around(sentence, 0, sentence.length(),
                start, start + 5);
        ClauseBounds.Span forAmounts = CLAUSE.around(sentence, 0, sentence.length(), start, start + 5);

        // THEN only the words' clause stops at the brackets
        assertThat(sentence.substring(forWords.start(), forWords.end())).isEqualTo("signed from Porto in 2019");
        assertThat(sentence.substring(forAmounts.start(), forAmounts.end())).isEqualTo(sentence);
    }
}
