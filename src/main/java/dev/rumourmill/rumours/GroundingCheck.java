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
final class GroundingCheck {

    /** The verdict; {@code problems} names each ungrounded item ("club Chelsea", "number 2027"). */
    public record Result(boolean grounded, List<String> problems) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** A capitalised word: a name unless the article or the gazetteer vouches for it. */
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+");

    private final Gazetteer gazetteer;
    private final Amounts amounts;
    /** Words the summary template itself writes ("Rumour", "Per"). */
    private final Set<String> templateWords;

    GroundingCheck(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.english());
    }

    GroundingCheck(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.amounts = new Amounts(lexicon);
        this.templateWords = Set.copyOf(lexicon.lines("summary-template-words"));
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
        ArticleNumbers numbers = new ArticleNumbers(article, amounts);
        Matcher amount = amounts.matcher(summary);
        while (amount.find()) {
            if (!numbers.writesAmount(amounts.key(amount))) {
                problems.add("amount " + amount.group().strip());
            }
        }
        Matcher number = NUMBER.matcher(summary);
        while (number.find()) {
            if (!numbers.writesNumber(number.group())) {
                problems.add("number " + number.group());
            }
        }
        Matcher capitalised = CAPITALISED.matcher(summary);
        while (capitalised.find()) {
            String word = capitalised.group();
            if (!covered[capitalised.start()] && !templateWords.contains(word) && !wordInArticle(word, article)) {
                problems.add("name " + word);
            }
        }
        return new Result(problems.isEmpty(), List.copyOf(problems));
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
