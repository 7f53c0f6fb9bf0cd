package dev.rumourmill.rumours;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether one mention of a club is background rather than part of the move an article reports:
 * a player's former club ("the ex-Valencia playmaker", "his 2019 move from Rayo", "came through at X"), an opponent in a match
 * ("before Tuesday's game against Sevilla", "a 3-2 win over Lyon"), or a betting line ("Odds: X 9/2 to
 * move to Y"). Such a mention neither makes the club part of the story nor keeps it beside the player; a
 * club the article also names in the story itself still counts. Stateless.
 */
final class BackgroundMentions {

    /** A result such as "2-2" or "3–1", as the classifier reads it. */
    private static final Pattern SCORE_LINE = Pattern.compile(
            "\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b(?!\\s?(?:year|yr|month|week|million|m\\b))");
    /** A bookmaker's price: "9/2", "11/4", in a sentence about odds. */
    private static final Pattern ODDS = Pattern.compile("\\bodds\\b.*\\b\\d{1,3}/\\d{1,2}\\b|\\b\\d{1,3}/\\d{1,2}\\b.*\\bodds\\b");
    /** A year, optionally a season range ("2019", "2024-25", "2020/21"). */
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})(?:\\s?[-–/]\\s?(\\d{2,4}))?\\b");
    /** Career words: the clause tells where a player has been, not where he is going. */
    private static final Scanning.WordList CAREER = Scanning.WordList.of(java.util.List.of("joined", "signed",
            "arrived", "arrival", "moved", "move from", "left", "leaving", "came through", "rose through", "spent",
            "played", "appearances", "bought", "sold", "debut", "switched", "loaned", "on loan at"));
    /** A year introduced as a past moment when the publication day is unknown: "in 2013", "his 2019 move". */
    private static final Pattern PAST_YEAR_PHRASE = Pattern.compile(
            "\\b(?:in|since|back in|between|his|her|their)\\s+(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}\\s+(?:move|arrival|switch|transfer)\\b");
    private static final Scanning.Starts NUMBER_STARTS = Scanning.Starts.digitsAnd("").atWordStart();
    private static final Scanning.Starts YEAR_STARTS = Scanning.Starts.of("12").atWordStart();
    private static final Scanning.Starts PAST_YEAR_STARTS = Scanning.Starts.words(java.util.List.of("in", "since",
            "back in", "between", "his", "her", "their", "19", "20")).atWordStart();

    boolean isBackground(ArticleText article, Mention mention) {
        return forArticle(article).isBackground(mention);
    }

    /** A judge for one article: sentence-wide verdicts (a score line, odds) are worked out once per sentence. */
    Judge forArticle(ArticleText article) {
        return new Judge(article);
    }

    static final class Judge {
        private final ArticleText article;
        /** Per sentence: 0 not yet known, 1 a match or betting sentence, 2 neither. */
        private final byte[] sentenceVerdict;

        private Judge(ArticleText article) {
            this.article = article;
            this.sentenceVerdict = new byte[article.sentenceCount()];
        }

        boolean isBackground(Mention mention) {
            int sentence = article.sentenceOf(mention.start());
            if (sentence < 0) {
                return false;
            }
            if (sentenceVerdict[sentence] == 0) {
                sentenceVerdict[sentence] = matchOrOddsSentence(article, sentence) ? (byte) 1 : (byte) 2;
            }
            if (sentenceVerdict[sentence] == 1) {
                return true;
            }
            String before = article.foldedBefore(mention.start(), 30);
            if (introducedAsBackground(before)) {
                return true;
            }
            return inPastCareerClause(article, mention, sentence);
        }
    }

    /**
     * Whether the words right before the club (a "the" skipped) are a former-club or an opponent phrase. Word
     * lookups, not a regex: this runs for every club mention, and an end-anchored alternation tried at every
     * character was a sixth of the engine's time.
     */
    static boolean introducedAsBackground(String before) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        if (end >= 3 && before.startsWith("ex-", end - 3) && (end == 3 || !Character.isLetter(before.charAt(end - 4)))) {
            return true;
        }
        String last = wordBefore(before, end);
        if (last.equals("the")) {
            end -= 3;
            while (end > 0 && before.charAt(end - 1) == ' ') {
                end--;
            }
            if (end >= 3 && before.startsWith("ex-", end - 3)
                    && (end == 3 || !Character.isLetter(before.charAt(end - 4)))) {
                return true;
            }
            last = wordBefore(before, end);
        }
        if (last.isEmpty()) {
            return false;
        }
        if (BACKGROUND_WORDS.contains(last)) {
            return true;
        }
        int lastStart = end - last.length();
        int secondEnd = lastStart;
        while (secondEnd > 0 && before.charAt(secondEnd - 1) == ' ') {
            secondEnd--;
        }
        if (secondEnd == lastStart) {
            return false;
        }
        String second = wordBefore(before, secondEnd);
        return !second.isEmpty() && BACKGROUND_PAIRS.contains(second + " " + last);
    }

    /** The word ending at {@code end} (letters, digits, '.' and '-'), or "" when there is none. */
    private static String wordBefore(String text, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** One word right before the club: "ex", "former", "against", "defeated", "vs" ... */
    private static final java.util.Set<String> BACKGROUND_WORDS = java.util.Set.of("ex", "former", "formerly",
            "against", "defeated", "defeating", "beat", "beating", "vs", "vs.", "versus", "thrashed", "thrashing",
            "facing", "face", "faces");
    /** Two words right before the club: "formerly of", "drew with", "win over", "taking on" ... */
    private static final java.util.Set<String> BACKGROUND_PAIRS = java.util.Set.of("formerly of", "formerly with",
            "formerly at", "beaten by", "drew with", "draw with", "draw at", "win over", "victory over", "loss to",
            "lost to", "losing to", "defeat to", "defeat by", "taking on", "take on", "takes on", "meeting with",
            "clash with", "tie with",
            // where a player grew up or started: "came through at X", "a product of X", "began his career at X"
            "through at", "product of", "graduate of", "career at");

    private static boolean matchOrOddsSentence(ArticleText article, int sentence) {
        // A score line or odds need digits and a dash or slash: test the characters before any pattern.
        boolean dash = article.sentenceHas(sentence, ArticleText.DASH);
        boolean slash = article.sentenceHas(sentence, ArticleText.SLASH);
        if (!dash && !slash || !article.sentenceHas(sentence, ArticleText.DIGIT)) {
            return false;
        }
        String folded = article.foldedSentence(sentence);
        if (dash && !article.isTitle(sentence) && Scanning.contains(SCORE_LINE, folded, NUMBER_STARTS)) {
            return true;
        }
        return slash && folded.contains("odds") && ODDS.matcher(folded).find();
    }

    /**
     * Where the next clause break starts at or after {@code from} in the sentence {@code [start, end)}, or -1:
     * a comma, semicolon, colon, bracket or dash ({@code [,;:()—–]}), a spaced hyphen ({@code \s-\s}), or
     * "but", "while", "whereas" as whole words (the sentence's ends count as word boundaries). By hand, not a
     * pattern: every space would be a place to try one.
     */
    static int clauseBreak(String text, int from, int start, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (",;:()—–".indexOf(c) >= 0) {
                return i;
            }
            if (Scanning.isRegexSpace(c) && i + 2 < end && text.charAt(i + 1) == '-'
                    && Scanning.isRegexSpace(text.charAt(i + 2))) {
                return i;
            }
            if ((c == 'b' || c == 'w') && !Scanning.regexWordBefore(text, i, start)
                    && (wordAt(text, i, end, "but") || wordAt(text, i, end, "while") || wordAt(text, i, end, "whereas"))) {
                return i;
            }
        }
        return -1;
    }

    /** The length of the clause break starting at {@code at}. */
    static int clauseBreakLength(String text, int at) {
        return switch (text.charAt(at)) {
            case 'b' -> 3;
            case 'w' -> text.startsWith("while", at) ? 5 : 7;
            default -> Scanning.isRegexSpace(text.charAt(at)) ? 3 : 1;
        };
    }

    private static boolean wordAt(String text, int at, int end, String word) {
        int wordEnd = at + word.length();
        return wordEnd <= end && text.startsWith(word, at) && (wordEnd == end || !Scanning.isRegexWordCharAfterWord(text.codePointAt(wordEnd)));
    }

    /** Whether four digits starting 19 or 20 occur in the range: a cheap test before any clause work. */
    private static boolean hasYear(String text, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && (text.charAt(i + 1) == '9' || text.charAt(i + 1) == '0')
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** "... since he joined from Dortmund in 2022", "his 2024 arrival from Celta Vigo": a past move. */
    private static boolean inPastCareerClause(ArticleText article, Mention mention, int sentence) {
        String text = article.text();
        int sentenceStart = article.sentenceStart(sentence);
        int sentenceEnd = article.sentenceEnd(sentence);
        if (!hasYear(text, sentenceStart, sentenceEnd)) {
            return false;
        }
        int start = sentenceStart;
        int end = sentenceEnd;
        for (int at = clauseBreak(text, sentenceStart, sentenceStart, sentenceEnd); at >= 0; ) {
            int breakEnd = at + clauseBreakLength(text, at);
            if (breakEnd <= mention.start()) {
                start = breakEnd;
            } else if (at >= mention.end()) {
                end = at;
                break;
            }
            at = clauseBreak(text, breakEnd, sentenceStart, sentenceEnd);
        }
        String clause = FoldedText.fold(text.substring(start, end));
        if (!CAREER.foundIn(clause)) {
            return false;
        }
        java.time.LocalDate published = article.article().published();
        if (published == null) {
            return Scanning.contains(PAST_YEAR_PHRASE, clause, PAST_YEAR_STARTS);
        }
        Matcher years = YEAR.matcher(clause);
        for (int at = 0; Scanning.find(years, clause, at, clause.length(), YEAR_STARTS); at = years.end()) {
            int year = Integer.parseInt(years.group(1));
            if (years.group(2) != null) {
                // A season "2024-25" ends in its second year: the current season is not the past.
                String endYear = years.group(2);
                year = endYear.length() == 2 ? year / 100 * 100 + Integer.parseInt(endYear) : Integer.parseInt(endYear);
            }
            if (year < published.getYear()) {
                return true;
            }
        }
        return false;
    }
}
