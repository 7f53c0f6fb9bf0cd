package dev.rumourmill.rumours;

import java.util.List;

/**
 * The role model's features of the words between a club and the player in one sentence: how far apart they are,
 * each word between (on the club's side of any other club named between them, or past it), and a possessive
 * ("Liverpool's Konaté").
 */
final class WordsBetween {

    /** Longer stretches say nothing word by word: only their length is a feature. */
    private static final int MOST_WORDS = 10;

    private final ArticleText article;
    private final List<Mention> mentions;

    /** @param mentions every resolved mention of the article, in text order */
    WordsBetween(ArticleText article, List<Mention> mentions) {
        this.article = article;
        this.mentions = mentions;
    }

    /** Adds the features of the words between {@code club} and {@code player}, mentions of one sentence, to {@code f}. */
    void describe(Mention club, Mention player, List<String> f) {
        boolean clubFirst = club.start() < player.start();
        List<String> between = clubFirst ? wordsFrom(club.end(), player.start()) : wordsFrom(player.end(), club.start());
        f.add((clubFirst ? "club-first" : "player-first") + ":gap=" + bucket(between.size()));
        if (between.size() <= MOST_WORDS) {
            // Words past another club belong to that club: in "X is set to join A from B" only "from" is said of B.
            int nearSide = nearSideWords(club, player, clubFirst, between.size());
            for (int i = 0; i < between.size(); i++) {
                boolean near = clubFirst ? i < nearSide : i >= between.size() - nearSide;
                f.add((clubFirst ? "cp" : "pc") + (near ? ":" : "x:") + between.get(i));
            }
        }
        if (clubFirst && between.size() <= 3 && between.contains("'s")) {
            f.add("club-possesses-player");
        }
    }

    /**
     * How many of the words between a club and the player lie on the club's side of any other club named between
     * them (all of them when none is).
     */
    private int nearSideWords(Mention club, Mention player, boolean clubFirst, int betweenWords) {
        int from = clubFirst ? club.end() : player.end();
        int to = clubFirst ? player.start() : club.start();
        Mention nearest = null;
        for (Mention other : mentions) {
            if (other.kind() == EntityKind.CLUB && other.start() >= from && other.end() <= to
                    && (nearest == null || (clubFirst ? other.start() < nearest.start() : other.start() > nearest.start()))) {
                nearest = other;
            }
        }
        if (nearest == null) {
            return betweenWords;
        }
        return clubFirst ? wordsFrom(club.end(), nearest.start()).size() : wordsFrom(nearest.end(), club.start()).size();
    }

    private List<String> wordsFrom(int from, int to) {
        return ClubRoleFeatures.words(article.foldedAfter(from, Math.max(0, to - from)));
    }

    private static String bucket(int words) {
        return words <= 2 ? "0-2" : words <= 5 ? "3-5" : words <= 10 ? "6-10" : "11+";
    }
}
