package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes an article for the label model: the hand-written classifier's verdict and its weighed cue
 * counts (per hundred words, in coarse bands), the cue kinds of the headline and of the lede, and how many
 * players and clubs it names. The model learns from the corpus when the rules' verdict holds and when
 * the pattern around it says otherwise. Two traits tell an analysis, history or career piece from news of a
 * move: its opening names nobody ({@code lede-names}) and it walks through past years ({@code past-years}).
 */
final class LabelFeatures {

    private static final int LEDE_SENTENCES = 2;
    private static final int PAST_YEARS_CAP = 3;
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");

    List<String> describe(ArticleText article, List<Mention> mentions, TransferClassifier.Classification rules) {
        Set<String> f = new LinkedHashSet<>();
        f.add("rules=" + rules.label().wire());
        f.add("rules-confidence=" + band(rules.confidence() * 10));
        TransferClassifier.Features c = rules.features();
        double perHundredWords = 100.0 / Math.max(100, c.words());
        f.add("transfer=" + band(c.transfer() * perHundredWords));
        f.add("rumour=" + band(c.rumour() * perHundredWords));
        f.add("confirmed=" + band(c.confirmed() * perHundredWords));
        f.add("denial=" + band(c.denial() * perHundredWords));
        f.add("match=" + band(c.match() * perHundredWords));
        f.add("feature=" + band(c.feature()));
        f.add("hedge=" + band(c.hedge() * perHundredWords));
        int body = 0;
        for (int s = 0; s < article.sentenceCount(); s++) {
            boolean title = article.isTitle(s);
            if (!title && (article.isClutter(s) || ++body > LEDE_SENTENCES)) {
                continue;
            }
            for (Cue cue : article.cuesIn(s)) {
                f.add((title ? "title-cue=" : "lede-cue=") + cue.name());
            }
        }
        Set<String> players = new LinkedHashSet<>();
        Set<String> clubs = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (article.isClutterOffset(m.start())) {
                continue;
            }
            if (m.kind() == EntityKind.PLAYER) {
                players.add(m.id());
            } else if (m.kind() == EntityKind.CLUB) {
                clubs.add(m.id());
            }
        }
        f.add("players=" + Math.min(players.size(), 3));
        f.add("clubs=" + Math.min(clubs.size(), 4));
        f.add("lede-names=" + ledeNames(article, mentions));
        f.add("past-years=" + Math.min(PAST_YEARS_CAP, pastYears(article)));
        return new ArrayList<>(f);
    }

    /**
     * Whether the headline and the first sentence of the body name a player or a club: news of a move names
     * them at once ("Arsenal have signed X"); an analysis or history piece often opens on the general point
     * ("Loan deals are as old as the league itself").
     */
    static String ledeNames(ArticleText article, List<Mention> mentions) {
        int lede = -1;
        boolean titleNames = false;
        boolean ledeNames = false;
        for (int s = 0; s < article.sentenceCount() && lede < 0; s++) {
            if (!article.isTitle(s) && !article.isClutter(s)) {
                lede = s;
            }
        }
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.SOURCE || article.isClutterOffset(m.start())) {
                continue;
            }
            int s = article.sentenceOf(m.start());
            titleNames |= s >= 0 && article.isTitle(s);
            ledeNames |= s == lede;
        }
        return (article.hasTitle() ? (titleNames ? "title" : "no-title") : "untitled") + (ledeNames ? "+lede" : "+no-lede");
    }


    /**
     * How many different years before the article's own the text names: a history or career piece walks
     * through them ("in 2012 ... by 2015 ..."), news of a move names this year and the contract's end.
     * Without a publication date, the years before the latest one named.
     */
    static int pastYears(ArticleText article) {
        TreeSet<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(article.text());
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        if (years.isEmpty()) {
            return 0;
        }
        int now = article.article().published() != null ? article.article().published().getYear()
                : years.last();
        return (int) years.stream().filter(y -> y < now).count();
    }

    /** The latest year the text names (1950-2049), or 0 when it names none. */
    static int latestYear(String text) {
        int latest = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            latest = Math.max(latest, Integer.parseInt(m.group(1)));
        }
        return latest;
    }

    /** 0, up to 1, up to 3, up to 6, more. */
    private static String band(double value) {
        return value <= 0 ? "0" : value <= 1 ? "1" : value <= 3 ? "3" : value <= 6 ? "6" : "more";
    }
}
