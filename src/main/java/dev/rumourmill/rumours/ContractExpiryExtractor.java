package dev.rumourmill.rumours;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a player's contract ends, only when the article states it: a year next to contract wording
 * ("his deal expires in June 2026", "ties him to the club until 2034"), a season word resolved against the
 * publication date ("out of contract next summer"), or a contract length on a signing day ("a five-year
 * deal"). Never a guess: without the publication date, relative wording gives nothing. None of the
 * patterns crosses a '.' or ';': the year must be in the clause that names the contract.
 */
final class ContractExpiryExtractor {

    /** "contract ... until (the end of) 2027", "(the 2024-)25": the year in group 1, a season's end in group 2. */
    private final Pattern untilYear;
    /** "out of contract in (June) 2026". */
    private final Pattern outOfContractIn;
    /** "a 2026 expiry". */
    private final Pattern yearBeforeExpiry;
    /** "contract expires next summer": group "next" or "this" holds the season word. */
    private final Pattern untilSeasonEnd;
    /** "a five-year deal": the number in group 1, the years word in group 2. */
    private final Pattern length;
    private final Map<String, String> numberWords;
    private final Map<String, String> years;

    ContractExpiryExtractor() {
        this(Lexicon.english());
    }

    ContractExpiryExtractor(Lexicon lexicon) {
        String year = "(?:" + withinStretch(lexicon, "contract-date-words") + "\\s+)?(20\\d\\d)";
        this.untilYear = Pattern.compile("\\b" + withinStretch(lexicon, "contract-words") + "\\b[^.;]{0,80}?\\b"
                + withinStretch(lexicon, "contract-until") + "\\s+" + year + "(?:[-/](\\d\\d)\\b)?");
        this.outOfContractIn = Pattern.compile("\\b" + withinStretch(lexicon, "out-of-contract-in") + "\\s+" + year);
        this.yearBeforeExpiry = Pattern.compile("\\b(20\\d\\d)\\b[^.;]{0,12}?\\b" + withinStretch(lexicon, "contract-expiry-nouns")
                + "\\b");
        String seasonEnd = "\\b(?:(?<next>" + lexicon.anyOf("contract-ends-next-season") + ")|(?<this>"
                + lexicon.anyOf("contract-ends-this-season") + "))\\b";
        this.untilSeasonEnd = Pattern.compile("(?:\\b" + lexicon.anyOf("contract-nouns") + "\\b[^.;]{0,60}?\\b"
                + lexicon.anyOf("contract-ends") + "|\\b" + lexicon.anyOf("out-of-contract") + ")\\b[^.;]{0,25}?" + seasonEnd);
        this.numberWords = lexicon.pairs("number-words");
        this.years = lexicon.pairs("years");
        this.length = Pattern.compile("\\b(" + Lexicon.anyOf(numberWords.keySet(), "\\s+") + "|\\d+(?:\\.5)?)[- ]("
                + Lexicon.anyOf(years.keySet(), "[- ]") + ")\\b[^.;]{0,25}?\\b" + lexicon.anyOf("contract-length-nouns"));
    }

    Integer extract(ArticleText article, Label label) {
        String text = article.folded().folded();
        Integer year = firstYear(untilYear, text);
        if (year == null) {
            year = firstYear(outOfContractIn, text);
        }
        if (year == null) {
            year = firstYear(yearBeforeExpiry, text);
        }
        LocalDate published = article.article().published();
        if (year != null || published == null) {
            return year;
        }
        Matcher relative = untilSeasonEnd.matcher(text);
        if (relative.find()) {
            int seasonEnd = published.getMonthValue() >= 7 ? published.getYear() + 1 : published.getYear();
            return relative.group("next") != null ? seasonEnd + 1 : seasonEnd;
        }
        if (label == Label.CONFIRMED) {
            Matcher m = length.matcher(text);
            if (m.find()) {
                String number = m.group(1);
                double length = Double.parseDouble(numberWords.getOrDefault(number, number))
                        + Double.parseDouble(years.get(m.group(2).replace('-', ' ').toLowerCase(Locale.ROOT)));
                return published.plusMonths(Math.round(length * 12)).getYear();
            }
        }
        return null;
    }

    /**
     * The phrases of {@code list} as one alternation, for a year pattern: refused when a phrase holds a "." or ";",
     * which would end the stretch {@link #firstYear} looks in.
     */
    private static String withinStretch(Lexicon lexicon, String list) {
        for (String phrase : lexicon.phrases(list)) {
            if (phrase.indexOf('.') >= 0 || phrase.indexOf(';') >= 0) {
                throw new IllegalArgumentException(list + ": \"" + phrase + "\" holds a \".\" or \";\", which ends"
                        + " the stretch a contract's year is looked for in");
            }
        }
        return lexicon.anyOf(list);
    }

    /**
     * The year of the first match of {@code pattern}, one of the year patterns above. None of their matches runs
     * across "." or ";" (no phrase of their lists holds one) and each writes a year "20..", so only the stretches
     * between those marks that write "20" are searched: most of an article's stretches write no year.
     */
    private static Integer firstYear(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        int from = 0;
        while (from < text.length()) {
            int to = stretchEnd(text, from);
            int year = text.indexOf("20", from);
            if (year < 0) {
                return null;
            }
            if (year < to && m.region(from, to).find()) {
                return yearOf(m);
            }
            from = to + 1;
        }
        return null;
    }

    /** Where the stretch starting at {@code from} ends: at the next "." or ";", or at the end of the text. */
    private static int stretchEnd(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != ';') {
            end++;
        }
        return end;
    }

    private static int yearOf(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        // "the 2024-25 season" ends in 2025.
        if (m.groupCount() >= 2 && m.group(2) != null) {
            int endTwoDigits = Integer.parseInt(m.group(2));
            if (endTwoDigits == (year + 1) % 100) {
                year = year + 1;
            }
        }
        return year;
    }
}
