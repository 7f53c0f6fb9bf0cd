package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the players and clubs an article is about: those named in the headline or in a sentence with
 * transfer talk, most prominent first (headline, then how often, then how early). A player named only
 * in passing in a match report is not "in" the story.
 */
final class EntitySelector {

    private static final Set<Cue> STORY_CUES = EnumSet.of(Cue.TRANSFER, Cue.RUMOUR, Cue.CONFIRMED, Cue.DENIAL,
            Cue.STAGE_AGREED, Cue.STAGE_BID, Cue.STAGE_MEDICAL, Cue.STAGE_TALKS, Cue.STAGE_INTEREST, Cue.LOAN, Cue.FREE);

    /** Share of the top score a club needs to stay when no player is selected. */
    private static final double FOCUS = 0.3;
    /** Share of the top score a player needs: background names fall below it, round-up items do not. */
    private static final double PLAYER_FOCUS = 0.5;
    /** Clubs beside selected players need more to stay on their own: the players' clubs are kept anyway. */
    private static final double COMPANION_FOCUS = 0.7;
    /** Share of the top player's score at which an earlier-named player leads the story instead. */
    static final double LEAD_SHARE = 0.7;

    /**
     * Right after a player's full name, the player is the one who may move: "X set to join", "X, the
     * 23-year-old, is poised to", "X is another possible replacement". Such an item of a round-up stays
     * however briefly it is told.
     */
    private final Pattern mover;
    private final BackgroundMentions background;

    EntitySelector() {
        this(Lexicon.english());
    }

    EntitySelector(Lexicon lexicon) {
        this.mover = Pattern.compile("^(?:\\s*,[^,]{1,40},)?\\s*(?:" + lexicon.anyOf("mover-verbs") + "\\s+){0,3}"
                + lexicon.anyOf("mover-phrases") + "\\b");
        this.background = new BackgroundMentions(lexicon);
    }

    /** How prominent one entity is in the article. */
    static final class Prominence {
        final String id;
        final String surface;
        boolean inTitle;
        boolean withCompanion;
        boolean mover;
        int storyMentions;
        int mentions;
        int first = Integer.MAX_VALUE;

        Prominence(String id, String surface) {
            this.id = id;
            this.surface = surface;
        }

        double score() {
            return (inTitle ? 3 : 0) + storyMentions * 1.0 + mentions * 0.3 - first / 20000.0;
        }
    }

    List<Prominence> rank(ArticleText article, List<Mention> mentions, EntityKind kind) {
        return rank(article, mentions, kind, Set.of());
    }

    /**
     * As {@link #rank(ArticleText, List, EntityKind)}, but an entity sharing a story sentence with one of
     * {@code companions} (the selected players, for clubs) is kept however briefly it is named: the selling
     * club is often named once.
     */
    List<Prominence> rank(ArticleText article, List<Mention> mentions, EntityKind kind, Set<String> companions) {
        int sentences = article.sentenceCount();
        boolean[] story = new boolean[sentences];
        boolean[] namingPlayers = new boolean[sentences];
        for (int s = 0; s < sentences; s++) {
            story[s] = storySentence(article, s);
        }
        for (Mention m : mentions) {
            int sentence = article.sentenceOf(m.start());
            if (m.kind() == EntityKind.PLAYER && sentence >= 0) {
                namingPlayers[sentence] = true;
            }
        }
        boolean[] companionSentences = new boolean[sentences];
        if (!companions.isEmpty()) {
            for (Mention m : mentions) {
                if (companions.contains(m.id())) {
                    int sentence = article.sentenceOf(m.start());
                    if (sentence >= 0 && story[sentence]) {
                        companionSentences[sentence] = true;
                    }
                    // "X is wanted by Y. The 21-year-old has drawn interest from Z": the next sentence, naming
                    // no other player, is still about X.
                    int next = sentence + 1;
                    if (sentence >= 0 && next < sentences && !namingPlayers[next] && story[next]) {
                        companionSentences[next] = true;
                    }
                }
            }
        }
        BackgroundMentions.Judge judge = kind == EntityKind.CLUB ? background.forArticle(article) : null;
        Map<String, Prominence> byId = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.kind() != kind) {
                continue;
            }
            int sentence = article.sentenceOf(m.start());
            if (article.isClutterOffset(m.start())) {
                continue;
            }
            if (judge != null && judge.isBackground(m)) {
                // A former club, a match opponent or a betting line: not a club in this move.
                continue;
            }
            Prominence p = byId.get(m.id());
            if (p == null) {
                p = new Prominence(m.id(), m.surface());
                byId.put(m.id(), p);
            }
            p.mentions++;
            p.first = Math.min(p.first, m.start());
            if (article.isTitle(sentence)) {
                p.inTitle = true;
            }
            boolean inStory = sentence >= 0 && story[sentence];
            if (inStory) {
                p.storyMentions++;
            }
            if (sentence >= 0 && companionSentences[sentence]) {
                p.withCompanion = true;
            }
            if (kind == EntityKind.PLAYER && !p.mover && m.strength() == Alias.Strength.STRONG && inStory
                    && mover.matcher(article.foldedAfter(m.end(), 70)).lookingAt()) {
                p.mover = true;
            }
        }
        double top = 0;
        for (Prominence p : byId.values()) {
            top = Math.max(top, p.score());
        }
        // Focus: in a one-story article the subject dominates and names in passing (background deals, a
        // manager, last season's signing) fall below the bar; in a round-up every item scores alike and stays.
        double focus = kind == EntityKind.PLAYER ? PLAYER_FOCUS : companions.isEmpty() ? FOCUS : COMPANION_FOCUS;
        double bar = top * focus;
        List<Prominence> ranked = new ArrayList<>();
        for (Prominence p : byId.values()) {
            if (p.inTitle || p.withCompanion || p.mover || (p.storyMentions > 0 && p.score() >= bar)) {
                ranked.add(p);
            }
        }
        ranked.sort(Comparator.comparingDouble(Prominence::score).reversed());
        if (kind == EntityKind.PLAYER) {
            leadFirst(ranked);
        }
        return ranked;
    }

    /**
     * Puts the story's lead first: of the players the headline names (else of all), among those nearly as
     * prominent as the most prominent one, the first named. A headline or a round-up tells its main item
     * first ("Chelsea circle Gittens, Spurs scout Varela, Everton move for Clarke"); the later items are often
     * told at more length.
     */
    static void leadFirst(List<Prominence> ranked) {
        boolean anyInTitle = ranked.stream().anyMatch(p -> p.inTitle);
        double top = 0;
        for (Prominence p : ranked) {
            if (p.inTitle || !anyInTitle) {
                top = Math.max(top, p.score());
            }
        }
        Prominence lead = null;
        for (Prominence p : ranked) {
            if ((p.inTitle || !anyInTitle) && p.score() >= top * LEAD_SHARE && (lead == null || p.first < lead.first)) {
                lead = p;
            }
        }
        if (lead != null && ranked.get(0) != lead) {
            ranked.remove(lead);
            ranked.add(0, lead);
        }
    }

    private static boolean storySentence(ArticleText article, int sentence) {
        for (Cue cue : article.cuesIn(sentence)) {
            if (STORY_CUES.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
