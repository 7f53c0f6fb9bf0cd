package dev.rumourmill.rumours;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the clause a span of text is written in: from the last clause break before it to the first after it,
 * within its sentence. A break is punctuation, a spaced hyphen or a word such as "but" ({@code
 * clause-break-words.txt}). For an amount a bracket is no break (an amount in brackets is an aside to the words
 * before it: "a budget charge (this year $743,000)"); for a name it is ("(signed from X in 2019)"). Immutable.
 */
final class ClauseBounds {

    /** One clause as offsets {@code [start, end)} of the text it was found in. */
    record Span(int start, int end) {
    }

    private final Pattern clauseBreak;

    private ClauseBounds(Lexicon lexicon, String punctuation) {
        this.clauseBreak = Pattern.compile("[" + punctuation + "]|\\s-\\s|\\b" + lexicon.anyOf("clause-break-words")
                + "\\b", Pattern.CASE_INSENSITIVE);
    }

    /** Clauses of amounts: brackets stay inside. */
    static ClauseBounds ofAmounts(Lexicon lexicon) {
        return new ClauseBounds(lexicon, ",;:—–");
    }

    /** Clauses of names and words: brackets end them too. */
    static ClauseBounds ofWords(Lexicon lexicon) {
        return new ClauseBounds(lexicon, ",;:()—–");
    }

    /** The clause of {@code text[from, to)} that holds {@code [start, end)}. */
    Span around(String text, int from, int to, int start, int end) {
        int clauseStart = from;
        int clauseEnd = to;
        Matcher breaks = clauseBreak.matcher(text).region(from, to);
        while (breaks.find()) {
            if (breaks.end() <= start) {
                clauseStart = breaks.end();
            } else if (breaks.start() >= end) {
                clauseEnd = breaks.start();
                break;
            }
        }
        return new Span(clauseStart, clauseEnd);
    }

    /** The clause of sentence {@code sentence} of the article that holds {@code [start, end)} (article offsets). */
    Span around(ArticleText article, int sentence, int start, int end) {
        return around(article.text(), article.sentenceStart(sentence), article.sentenceEnd(sentence), start, end);
    }
}
