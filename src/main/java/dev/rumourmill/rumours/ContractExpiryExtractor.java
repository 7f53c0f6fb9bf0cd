package dev.rumourmill.rumours;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a player's contract ends, only when the article states it: a year next to contract wording
 * ("his deal expires in June 2026", "ties him to the club until 2034"), a season word resolved against the
 * publication date ("out of contract next summer"), or a contract length on a signing day ("a five-year
 * deal"). Never a guess: without the publication date, relative wording gives nothing.
 */
final class ContractExpiryExtractor {

    private static final java.util.List<String> CONTRACT_WORDS = java.util.List.of("contract", "deal", "terms",
            "extension", "agreement", "stay", "ties him", "tie him", "tied", "tying", "committed", "commits", "keeps him",
            "keep him", "renewal", "run", "runs");
    private static final String CONTRACT = Scanning.anyOf(CONTRACT_WORDS);
    /** Where each pattern below can start: they all begin at a word (see {@link ArticleText#foldedWordStarts}). */
    private static final Scanning.Starts EXPLICIT_STARTS = Scanning.Starts.words(CONTRACT_WORDS).atWordStart();
    private static final Scanning.Starts YEAR_STARTS = Scanning.Starts.of("2").atWordStart();
    private static final Scanning.Starts OUT_STARTS = Scanning.Starts.words(java.util.List.of("out of contract")).atWordStart();
    private static final Scanning.Starts RELATIVE_STARTS = Scanning.Starts.words(java.util.List.of("contract", "deal", "out of contract"))
            .atWordStart();
    private static final Scanning.Starts DURATION_STARTS = Scanning.Starts.digitsAnd("otfsne").atWordStart();
    private static final Pattern EXPLICIT = Pattern.compile(
            "\\b" + CONTRACT + "\\b[^.;]{0,80}?\\b(?:until|till|through|to|expires? in|expiring in|expire in|ends? in|ending in|"
                    + "expires? at the end of|runs? out in|run out in)\\s+(?:the\\s+)?(?:end of\\s+|summer of\\s+|summer\\s+|"
                    + "june\\s+(?:30,?\\s+|of\\s+)?|30 june\\s+|january\\s+|december\\s+|may\\s+|the end of the\\s+)?"
                    + "(20\\d\\d)(?:[-/](\\d\\d)\\b)?");
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "\\b(20\\d\\d)\\b[^.;]{0,12}?\\b(?:expiry|expiration|contract expiry)\\b");
    private static final Pattern OUT_OF_CONTRACT_IN = Pattern.compile(
            "\\bout of contract (?:in|at the end of)\\s+(?:june\\s+|the summer of\\s+|summer\\s+)?(20\\d\\d)");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:contract|deal)\\b[^.;]{0,60}?\\b(?:expires?|expiring|ends?|ending|runs? out|running out|up)\\b[^.;]{0,25}?"
                    + "\\b(next summer|this summer|at the end of (?:the|this) (?:season|campaign)|end of (?:the|this) (?:season|campaign)|"
                    + "at the end of next season|end of next season|next season|on june 30|on 30 june|in june|the end of june|"
                    + "at the end of june)\\b"
                    + "|\\bout of contract\\b[^.;]{0,25}?\\b(next summer|this summer|at the end of (?:the|this) (?:season|campaign)|"
                    + "in the summer|at the end of next season|next season)\\b");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.5)?)(?:[- ]and[- ]a[- ]half)?[- ]year\\b"
                    + "[^.;]{0,25}?\\b(?:contract|deal|extension)");
    private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    Integer extract(ArticleText article, Label label) {
        String text = article.folded().folded();
        Clauses clauses = new Clauses(text);
        int[] words = article.foldedWordStarts();
        Integer year = firstYear(EXPLICIT, EXPLICIT_STARTS, text, words, clauses::yearAhead);
        if (year == null) {
            year = firstYear(OUT_OF_CONTRACT_IN, OUT_STARTS, text, words, clauses::yearAhead);
        }
        if (year == null) {
            year = firstYear(YEAR_FIRST, YEAR_STARTS, text, words, at -> true);
        }
        LocalDate published = article.article().published();
        if (year != null || published == null) {
            return year;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (Scanning.find(relative, text, words, 0, text.length(), RELATIVE_STARTS, clauses::seasonAhead)) {
            String when = relative.group(1) != null ? relative.group(1) : relative.group(2);
            int seasonEnd = published.getMonthValue() >= 7 ? published.getYear() + 1 : published.getYear();
            return when.contains("next season") ? seasonEnd + 1 : seasonEnd;
        }
        if (label == Label.CONFIRMED) {
            Matcher duration = DURATION.matcher(text);
            if (Scanning.find(duration, text, words, 0, text.length(), DURATION_STARTS, at -> true)) {
                String n = duration.group(1);
                double years = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Double.parseDouble(n);
                if (duration.group(0).contains("half")) {
                    years += 0.5;
                }
                return published.plusMonths(Math.round(years * 12)).getYear();
            }
        }
        return null;
    }

    private static Integer firstYear(Pattern pattern, Scanning.Starts starts, String text, int[] words,
            java.util.function.IntPredicate possible) {
        Matcher m = pattern.matcher(text);
        if (!Scanning.find(m, text, words, 0, text.length(), starts, possible)) {
            return null;
        }
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

    /**
     * Where the folded text has full stops and semicolons, years ("20" and two digits) and season words.
     * None of the patterns above crosses a '.' or ';', the explicit ones need a year and the relative ones
     * a word of "summer", "season", "campaign" or "june" after the contract word: a contract word with
     * none before the clause ends is passed over without trying the pattern. Contract words are common in
     * transfer news; the patterns' bounded gaps made each try cost a microsecond.
     */
    private static final class Clauses {
        private final String text;
        private final int length;
        private int[] stops;
        private int[] years;
        private int[] seasons;

        Clauses(String text) {
            this.text = text;
            this.length = text.length();
        }

        /** The marks, found on the first question: most articles have no contract wording to ask about. */
        private void find() {
            int[] twenty = positions(text, "20");
            int count = 0;
            for (int p : twenty) {
                if (p + 3 < length && isDigit(text.charAt(p + 2)) && isDigit(text.charAt(p + 3))) {
                    twenty[count++] = p;
                }
            }
            years = java.util.Arrays.copyOf(twenty, count);
            seasons = merged(merged(positions(text, "summer"), positions(text, "season")),
                    merged(positions(text, "campaign"), positions(text, "june")));
            stops = merged(positions(text, "."), positions(text, ";")); // last: it marks the others as found
        }

        /** Whether a year is written at or after {@code from}, before the clause ends. */
        boolean yearAhead(int from) {
            if (stops == null) {
                find();
            }
            return next(years, from) < next(stops, from);
        }

        /** Whether a season word is written at or after {@code from}, before the clause ends. */
        boolean seasonAhead(int from) {
            if (stops == null) {
                find();
            }
            return next(seasons, from) < next(stops, from);
        }

        /** The first of the sorted {@code marks} at or after {@code from}, or the text's length. */
        private int next(int[] marks, int from) {
            int i = java.util.Arrays.binarySearch(marks, from);
            if (i < 0) {
                i = -i - 1;
            }
            return i < marks.length ? marks[i] : length;
        }

        private static int[] positions(String text, String literal) {
            int[] at = new int[8];
            int count = 0;
            for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
                if (count == at.length) {
                    at = java.util.Arrays.copyOf(at, count * 2);
                }
                at[count++] = i;
            }
            return java.util.Arrays.copyOf(at, count);
        }

        private static int[] merged(int[] a, int[] b) {
            int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            java.util.Arrays.sort(all);
            return all;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
