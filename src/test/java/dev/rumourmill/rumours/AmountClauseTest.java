package dev.rumourmill.rumours;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmountClauseTest {

    private static final AmountClause CLAUSE = new AmountClause(Lexicon.english());

    private static String clauseOf(String sentence, String amount) {
        int start = sentence.indexOf(amount);
        AmountClause.Span span = CLAUSE.around(sentence, 0, sentence.length(), start, start + amount.length());
        return sentence.substring(span.start(), span.end());
    }

    @Test
    @DisplayName("an amount's clause ends at commas and at 'but', not at a bracket or the amount's own comma")
    void clauseOfAnAmount() {
        // GIVEN a sentence of three clauses, the amount in brackets in the middle one
        String sentence = "He is a Designated Player, so he counts against the cap at the budget charge (this year $743,000) "
                + "but the club can buy him down, reports say.";

        // WHEN / THEN the amount's clause runs from the comma to "but"
        assertThat(clauseOf(sentence, "$743,000"))
                .isEqualTo(" so he counts against the cap at the budget charge (this year $743,000) ");
    }
}
