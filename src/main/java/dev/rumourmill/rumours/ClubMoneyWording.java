package dev.rumourmill.rumours;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an amount is a club's money rather than a player's fee, from the words of its clause: a salary
 * cap or budget figure ("count against the cap at a budget charge of $743,000"), the club's finances ("€40m from
 * the sale of its media arm, raised via another investor", "revenue of £468m"). The words come from
 * {@code club-money-words.txt}; the clause ends at punctuation other than brackets (an amount in brackets is an
 * aside to the words before it) or at a word such as "but". Immutable.
 */
final class ClubMoneyWording {

    private final Pattern clauseBreak;
    private final Pattern clubMoney;

    ClubMoneyWording(Lexicon lexicon) {
        this.clauseBreak = Pattern.compile("[,;:—–]|\\s-\\s|\\b" + lexicon.anyOf("clause-break-words") + "\\b",
                Pattern.CASE_INSENSITIVE);
        this.clubMoney = Pattern.compile("\\b" + lexicon.anyOf("club-money-words") + "\\b");
    }

    /** Whether the amount at {@code [start, end)} of {@code sentence} is written as club money. */
    boolean isClubMoney(String sentence, int start, int end) {
        int clauseStart = 0;
        int clauseEnd = sentence.length();
        Matcher breaks = clauseBreak.matcher(sentence);
        while (breaks.find()) {
            if (breaks.end() <= start) {
                clauseStart = breaks.end();
            } else if (breaks.start() >= end) {
                clauseEnd = breaks.start();
                break;
            }
        }
        return clubMoney.matcher(FoldedText.fold(sentence.substring(clauseStart, clauseEnd))).find();
    }
}
