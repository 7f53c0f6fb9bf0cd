package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes one club in one article as the role model sees it, for one player: the words around each of
 * its mentions (scoped by whether the player is in the same sentence, and by the headline), the words
 * between the club and the player, possessives ("Liverpool's Konaté"), where the club first appears and
 * how often. No word list decides anything here: which words matter is learnt from the corpus.
 */
final class ClubRoleFeatures {

    /** The mentions of one club looked at: the first few carry the move, a long article then digresses. */
    static final int MENTIONS_LOOKED_AT = 8;
    static final int CONTEXT_CHARS = 70;
    private static final int BAG = 4;
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+|'s\\b");

    /** The features of one club: the whole description, and the part each mention adds (for explaining). */
    record Description(List<String> features, List<MentionContext> mentions) {
    }

    /** One mention's sentence and its own features. */
    record MentionContext(int sentence, List<String> features) {
    }

    /** The lexicon's hints about a club's role, read once. */
    record Hints(WordPhrases beforeDestination, WordPhrases beforeCurrent, WordPhrases afterSkip,
            WordPhrases afterBuyer, WordPhrases afterSeller, WordPhrases descriptorNouns,
            BackgroundMentions background, FollowOnSentences.PlayerWords playerWords) {

        static Hints of(Lexicon lexicon) {
            return new Hints(WordPhrases.of(lexicon, "role-before-destination"),
                    WordPhrases.of(lexicon, "role-before-current"), WordPhrases.of(lexicon, "role-after-skip"),
                    WordPhrases.of(lexicon, "role-after-buyer"), WordPhrases.of(lexicon, "role-after-seller"),
                    WordPhrases.of(lexicon, "club-descriptor-nouns"),
                    new BackgroundMentions(lexicon), FollowOnSentences.PlayerWords.of(lexicon));
        }
    }

    private final ArticleText article;
    private final List<Mention> mentions;
    private final Hints hints;
    private final BackgroundMentions.Judge background;
    private final RoleHints roleHints;
    private final ClubLists clubLists;
    private final FollowOnSentences followOn;
    private final WordsBetween between;
    /** The ids of the clubs named outside page clutter, in order of first mention. */
    private final List<String> clubOrder = new ArrayList<>();

    /** @param mentions every resolved mention of the article, discovered players included, in text order */
    ClubRoleFeatures(ArticleText article, List<Mention> mentions, Hints hints) {
        this.article = article;
        this.mentions = mentions;
        this.hints = hints;
        this.background = hints.background().forArticle(article);
        this.roleHints = new RoleHints(hints, hints.descriptorNouns());
        this.clubLists = new ClubLists(article, mentions, roleHints);
        this.followOn = new FollowOnSentences(article, mentions, hints.playerWords());
        this.between = new WordsBetween(article, mentions);
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.CLUB && !article.isClutterOffset(m.start()) && !clubOrder.contains(m.id())) {
                clubOrder.add(m.id());
            }
        }
    }

    /** The ids of the clubs the article names outside page clutter, in order of first mention. */
    List<String> clubIdsInOrder() {
        return clubOrder;
    }

    Description describe(String playerId, Club club, String playersClubName, Label label) {
        int clubRank = rankOf(club.id());
        List<String> all = new ArrayList<>();
        List<MentionContext> contexts = new ArrayList<>();
        int count = 0;
        boolean together = false;
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.CLUB || !m.id().equals(club.id()) || article.isClutterOffset(m.start())) {
                continue;
            }
            count++;
            if (count > MENTIONS_LOOKED_AT) {
                continue;
            }
            int sentence = article.sentenceOf(m.start());
            List<String> own = mentionFeatures(m, sentence, playerId, label);
            together |= own.contains("with-player") || own.contains("continues-player");
            contexts.add(new MentionContext(sentence, own));
            all.addAll(own);
        }
        all.add("mentions=" + Math.min(count, 4));
        all.add("rank=" + Math.min(clubRank, 3));
        if (together) {
            all.add("ever-with-player");
        }
        if (playersClubName != null && FoldedText.fold(playersClubName).equals(FoldedText.fold(club.name()))) {
            all.add("known-current-club");
        }
        all.add("label=" + label.wire());
        return new Description(all, contexts);
    }

    private List<String> mentionFeatures(Mention m, int sentence, String playerId, Label label) {
        List<String> f = new ArrayList<>();
        boolean title = article.isTitle(sentence);
        int sentenceStart = sentence < 0 ? 0 : article.sentenceStart(sentence);
        int sentenceEnd = sentence < 0 ? article.text().length() : article.sentenceEnd(sentence);
        Mention player = nearestPlayer(playerId, sentence, m);
        boolean continued = player == null && followOn.continues(playerId, sentence);
        String scope = (title ? "t" : "") + (player != null || continued ? "s" : "o");
        if (continued) {
            f.add("continues-player");
        }
        f.add(title ? "in-title" : sentence <= (article.hasTitle() ? 2 : 1) ? "in-lede" : "in-body");
        List<String> before = words(article.foldedBefore(m.start(), Math.max(0, Math.min(CONTEXT_CHARS, m.start() - sentenceStart))));
        List<String> after = words(article.foldedAfter(m.end(), Math.max(0, Math.min(CONTEXT_CHARS, sentenceEnd - m.end()))));
        String b1 = at(before, before.size() - 1);
        String b2 = at(before, before.size() - 2);
        String a1 = at(after, 0);
        String a2 = at(after, 1);
        f.add(scope + ":b1=" + b1);
        f.add(scope + ":b2=" + b2 + "_" + b1);
        f.add(scope + ":a1=" + a1);
        f.add(scope + ":a2=" + a1 + "_" + a2);
        f.add("b1=" + b1);
        f.add("a1=" + a1);
        int hintsFrom = f.size();
        if (background.isBackground(m)) {
            // A former club, a past move, an opponent: the rules' reading, weighed like any other hint.
            f.add(scope + ":hint=background");
        }
        hintsAround(before, after, scope, f);
        clubLists.hints(m, sentenceStart, sentenceEnd, scope, f);
        for (int i = Math.max(0, before.size() - BAG); i < before.size(); i++) {
            f.add(scope + ":bw=" + before.get(i));
        }
        for (int i = 0; i < Math.min(BAG, after.size()); i++) {
            f.add(scope + ":aw=" + after.get(i));
        }
        if (player != null) {
            f.add("with-player");
            between.describe(m, player, f);
        }
        // The same words say different things once a move is done ("Palace's new striker" is the destination
        // in a confirmation, the current club in a rumour): the hints and the nearest words again, per label.
        int end = f.size();
        for (int i = hintsFrom; i < end; i++) {
            f.add(label.wire() + "|" + f.get(i));
        }
        f.add(label.wire() + "|b1=" + b1);
        f.add(label.wire() + "|a1=" + a1);
        if (player != null) {
            siblingHints(m, sentence, sentenceStart, scope, f);
        }
        return f;
    }

    /** Where the club first appears among the article's clubs: 0 for the first club named, 1 for the next... */
    private int rankOf(String clubId) {
        int rank = clubOrder.indexOf(clubId);
        return rank < 0 ? clubOrder.size() : rank;
    }

    /** The lexicon's phrases right before and after the name, as features. */
    private void hintsAround(List<String> before, List<String> after, String scope, List<String> f) {
        String hint = roleHints.before(before);
        if (hint != null) {
            f.add(scope + ":hint=" + hint);
        }
        roleHints.after(after, scope, f);
    }

    /**
     * The hints before the other clubs of the sentence that names the player, by side: in "joined X from Y" the
     * "from" before Y says as much about X as about Y, and so do "leave X for Y" and "X accepted an offer from Y".
     */
    private void siblingHints(Mention m, int sentence, int sentenceStart, String scope, List<String> f) {
        for (Mention other : mentions) {
            if (other.kind() != EntityKind.CLUB || other.id().equals(m.id()) || article.isClutterOffset(other.start())
                    || article.sentenceOf(other.start()) != sentence) {
                continue;
            }
            String hint = roleHints.before(words(article.foldedBefore(other.start(),
                    Math.max(0, Math.min(CONTEXT_CHARS, other.start() - sentenceStart)))));
            if (hint != null) {
                f.add(scope + ":sibling-" + (other.start() < m.start() ? "before" : "after") + "=" + hint);
            }
        }
    }

    /** The mention of the player nearest to {@code club} in the same sentence, or null. */
    private Mention nearestPlayer(String playerId, int sentence, Mention club) {
        Mention best = null;
        for (Mention p : mentions) {
            if (p.kind() == EntityKind.PLAYER && p.id().equals(playerId) && article.sentenceOf(p.start()) == sentence
                    && (best == null || Math.abs(p.start() - club.start()) < Math.abs(best.start() - club.start()))) {
                best = p;
            }
        }
        return best;
    }

    private static String at(List<String> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "_";
    }

    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded.replace('’', '\''));
        while (m.find()) {
            String w = m.group();
            words.add(Character.isDigit(w.charAt(0)) ? "#" : w);
        }
        return words;
    }
}
