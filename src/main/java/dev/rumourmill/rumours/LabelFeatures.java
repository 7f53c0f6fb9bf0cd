package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Describes an article for the label model: the hand-written classifier's verdict and its weighed cue
 * counts (per hundred words, in coarse bands), the cue kinds of the headline and of the lede, and how many
 * players and clubs it names. The model learns from the corpus when the rules' verdict holds and when
 * the pattern around it says otherwise.
 */
final class LabelFeatures {

    private static final int LEDE_SENTENCES = 2;

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
        return new ArrayList<>(f);
    }

    /** 0, up to 1, up to 3, up to 6, more. */
    private static String band(double value) {
        return value <= 0 ? "0" : value <= 1 ? "1" : value <= 3 ? "3" : value <= 6 ? "6" : "more";
    }
}
