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
    /** Where each pattern below can start: they all begin at a word. */
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
        Integer year = firstYear(EXPLICIT, EXPLICIT_STARTS, text);
        if (year == null) {
            year = firstYear(OUT_OF_CONTRACT_IN, OUT_STARTS, text);
        }
        if (year == null) {
            year = firstYear(YEAR_FIRST, YEAR_STARTS, text);
        }
        LocalDate published = article.article().published();
        if (year != null || published == null) {
            return year;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (Scanning.find(relative, text, 0, text.length(), RELATIVE_STARTS)) {
            String when = relative.group(1) != null ? relative.group(1) : relative.group(2);
            int seasonEnd = published.getMonthValue() >= 7 ? published.getYear() + 1 : published.getYear();
            return when.contains("next season") ? seasonEnd + 1 : seasonEnd;
        }
        if (label == Label.CONFIRMED) {
            Matcher duration = DURATION.matcher(text);
            if (Scanning.find(duration, text, 0, text.length(), DURATION_STARTS)) {
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

    private static Integer firstYear(Pattern pattern, Scanning.Starts starts, String text) {
        Matcher m = pattern.matcher(text);
        if (!Scanning.find(m, text, 0, text.length(), starts)) {
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
}
