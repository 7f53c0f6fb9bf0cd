package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a summary says nothing the article does not: every player, club and source in it resolves
 * to an entity the article names (by id, so "Liverpool" is grounded by an article that only says
 * "Anfield"), every amount and number occurs in the article, and every other capitalised name (a person
 * we do not know) is written in the article. Thread-safe.
 */
public final class GroundingCheck {

    /** The verdict; {@code problems} names each ungrounded item ("club Chelsea", "number 2027"). */
    public record Result(boolean grounded, List<String> problems) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Scanning.Starts DIGITS = Scanning.Starts.digitsAnd("");
    /** Words the summary template itself writes. */
    private static final Set<String> TEMPLATE = Set.of("Rumour", "Confirmed", "Denied", "Denial", "From", "Per", "To");

    private final Gazetteer gazetteer;

    GroundingCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result check(String summary, ArticleText article, NamedEntities named) {
        List<String> problems = new ArrayList<>();
        FoldedText folded = FoldedText.of(summary);
        Map<Long, List<Mention>> bySpan = new LinkedHashMap<>();
        for (Mention m : gazetteer.find(folded)) {
            bySpan.computeIfAbsent(((long) m.start() << 32) | m.end(), k -> new ArrayList<>()).add(m);
        }
        boolean[] covered = new boolean[summary.length() + 1];
        for (List<Mention> group : bySpan.values()) {
            boolean grounded = false;
            for (Mention m : group) {
                grounded |= known(m, article, named);
            }
            Mention first = group.get(0);
            // Not grounded by id, but quoted from the article as written (an ambiguous "the Reds" the article
            // itself never resolved): the summary repeats the article, it invents nothing.
            if (!grounded && !wordInArticle(first.surface(), article)) {
                problems.add(first.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + first.surface());
            }
            for (int i = first.start(); i < first.end(); i++) {
                covered[i] = true;
            }
        }
        int length = summary.length();
        // Amounts and numbers both need a digit: most summaries of a transfer have one, many do not.
        if (hasDigit(summary)) {
            Matcher amount = Amounts.AMOUNT.matcher(summary);
            for (int at = 0; Scanning.find(amount, summary, at, length, Amounts.STARTS); at = amount.end()) {
                if (!article.amountKeys().contains(Amounts.key(amount))) {
                    problems.add("amount " + amount.group().strip());
                }
            }
            Matcher number = NUMBER.matcher(summary);
            for (int at = 0; Scanning.find(number, summary, at, length, DIGITS); at = number.end()) {
                if (!article.writesNumber(number.group())) {
                    problems.add("number " + number.group());
                }
            }
        }
        for (int at = nextCapitalised(summary, 0); at >= 0; at = nextCapitalised(summary, at)) {
            int end = capitalisedEnd(summary, at);
            String word = summary.substring(at, end);
            if (!covered[at] && !TEMPLATE.contains(word) && !wordInArticle(word, article)) {
                problems.add("name " + word);
            }
            at = end;
        }
        return new Result(problems.isEmpty(), List.copyOf(problems));
    }

    /**
     * Where the next capitalised word ({@code \b\p{Lu}[\p{L}'’-]+}: a capital at a word start, then
     * letters, apostrophes or hyphens) starts at or after {@code from}, or -1. By hand: it runs for every
     * summary and the pattern's character classes cost more than the whole scan.
     */
    static int nextCapitalised(String text, int from) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && next < text.length()
                    && continuesName(text.codePointAt(next)) && !Scanning.regexWordBefore(text, i, 0)) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    /** The end of the capitalised word starting at {@code start}. */
    static int capitalisedEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        while (i < text.length() && continuesName(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesName(int c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    /** Whether the article names the entity: among what the caller names, else among its own mentions. */
    private static boolean known(Mention m, ArticleText article, NamedEntities alsoNamed) {
        if (alsoNamed.names(m.kind(), m.id())) {
            return true;
        }
        for (Mention named : article.mentions()) {
            if (named.kind() == m.kind() && named.id().equals(m.id())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private static boolean wordInArticle(String word, ArticleText article) {
        String target = FoldedText.fold(POSSESSIVE.matcher(word).replaceAll(""));
        String text = article.folded().folded();
        int from = 0;
        while (true) {
            int i = text.indexOf(target, from);
            if (i < 0) {
                return false;
            }
            int end = i + target.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }
}
