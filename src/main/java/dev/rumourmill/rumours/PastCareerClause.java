package dev.rumourmill.rumours;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a mention sits in a clause about a player's past move: "... since he joined from
 * Dortmund in 2022", "his 2024 arrival from Celta Vigo". The clause needs a career word and a year before
 * the publication year (without a publication date, a year written as a past moment: "in 2013"). Immutable.
 */
final class PastCareerClause {

    /** A year, optionally a season range ("2019", "2024-25", "2020/21"). */
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})(?:\\s?[-–/]\\s?(\\d{2,4}))?\\b");
    private static final Pattern HAS_YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private final ClauseBounds clauses;
    private final Pattern careerWord;
    /** A year introduced as a past moment: "in 2013", "his 2019 move". */
    private final Pattern pastYear;
    /** The words before a contract's last year: "until", "through the", "expires at the end of". */
    private final Pattern contractEnd;
    /** A past moment written without a year: "that summer", "at the time", "two years ago". */
    private final Pattern pastMoment;

    PastCareerClause(Lexicon lexicon) {
        this.clauses = ClauseBounds.ofWords(lexicon);
        this.careerWord = Pattern.compile("\\b" + lexicon.anyOf("career-words") + "\\b");
        this.pastYear = Pattern.compile("\\b" + lexicon.anyOf("past-year-before") + "\\s+(?:19|20)\\d{2}\\b"
                + "|\\b(?:19|20)\\d{2}\\s+" + lexicon.anyOf("past-year-after") + "\\b");
        this.contractEnd = Pattern.compile("\\b" + lexicon.anyOf("contract-until") + "\\s+(?:"
                + lexicon.anyOf("contract-date-words") + "\\s+)?$");
        this.pastMoment = Pattern.compile("\\b" + lexicon.anyOf("past-moments") + "\\b(?!\\s+of\\b)");
    }

    boolean contains(ArticleText article, Mention mention, int sentence) {
        return contains(article, mention.start(), mention.end(), sentence, true);
    }

    /**
     * Whether the text {@code [start, end)} (an amount: "signed him from X for £15m in 2008") sits in a clause
     * about a past move. A year before "now" counts, and so does a past moment written without one ("swapped Lyon
     * for Chelsea that summer for €300,000"); without a publication day a year written as a moment ("in 2027")
     * may be a future one, so it is not enough on its own.
     */
    boolean containsSpan(ArticleText article, int start, int end, int sentence) {
        return contains(article, start, end, sentence, false) || pastMomentAround(article, start, end, sentence);
    }

    private boolean pastMomentAround(ArticleText article, int start, int end, int sentence) {
        String clause = FoldedText.fold(clauseAround(article.text(), article.sentenceStart(sentence),
                article.sentenceEnd(sentence), start, end));
        return pastMoment.matcher(clause).find() && careerWord.matcher(clause).find();
    }

    private boolean contains(ArticleText article, int start, int end, int sentence, boolean pastMomentIsEnough) {
        String text = article.text();
        int sentenceStart = article.sentenceStart(sentence);
        int sentenceEnd = article.sentenceEnd(sentence);
        if (!HAS_YEAR.matcher(text).region(sentenceStart, sentenceEnd).find()) {
            return false; // no year, no past move: the common case, without clause work
        }
        String clause = FoldedText.fold(clauseAround(text, sentenceStart, sentenceEnd, start, end));
        if (!careerWord.matcher(clause).find()) {
            return false;
        }
        LocalDate published = article.article().published();
        if (pastMomentIsEnough && published == null && pastYear.matcher(clause).find()) {
            return true;
        }
        // Without a publication day, "now" is the latest year the article names, and a contract's end ("through
        // 2028", "until the end of 2027") is no past moment.
        int now = published != null ? published.getYear() : article.latestYear();
        Matcher years = YEAR.matcher(clause);
        while (years.find()) {
            if (published == null && contractEnd.matcher(clause.substring(Math.max(0, years.start() - 30), years.start())).find()) {
                continue;
            }
            int year = Integer.parseInt(years.group(1));
            if (years.group(2) != null) {
                // A season "2024-25" ends in its second year: the current season is not the past.
                String endYear = years.group(2);
                year = endYear.length() == 2 ? year / 100 * 100 + Integer.parseInt(endYear) : Integer.parseInt(endYear);
            }
            if (year < now) {
                return true;
            }
        }
        return false;
    }

    /** The clause of the sentence {@code [start, end)} that holds the mention (the sentence's ends are word boundaries). */
    String clauseAround(String text, int start, int end, Mention mention) {
        return clauseAround(text, start, end, mention.start(), mention.end());
    }

    private String clauseAround(String text, int start, int end, int spanStart, int spanEnd) {
        ClauseBounds.Span clause = clauses.around(text, start, end, spanStart, spanEnd);
        return text.substring(clause.start(), clause.end());
    }
}
