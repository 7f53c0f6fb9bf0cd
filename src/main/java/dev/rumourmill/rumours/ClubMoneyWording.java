package dev.rumourmill.rumours;

import java.util.regex.Pattern;

/**
 * Decides whether an amount is a club's money rather than a player's fee, from the words of its clause: a salary
 * cap or budget figure ("a cap hit of $743,000"), the club's finances ("if a new investor puts €35m into the
 * accounts", "revenue of £468m"). The words come from
 * {@code club-money-words.txt}, read in the amount's clause ({@link ClauseBounds}: a bracket does not end it).
 * Immutable.
 */
final class ClubMoneyWording {

    private final ClauseBounds clause;
    private final Pattern clubMoney;

    ClubMoneyWording(Lexicon lexicon) {
        this.clause = ClauseBounds.ofAmounts(lexicon);
        this.clubMoney = Pattern.compile("\\b" + lexicon.anyOf("club-money-words") + "\\b");
    }

    /** Whether the amount at {@code [start, end)} of {@code sentence} is written as club money. */
    boolean isClubMoney(String sentence, int start, int end) {
        ClauseBounds.Span span = clause.around(sentence, 0, sentence.length(), start, end);
        return clubMoney.matcher(FoldedText.fold(sentence.substring(span.start(), span.end()))).find();
    }
}
