package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Clubs named together in one list share what is said of the list: in "tracked by Inter, Juventus and
 * Liverpool" the phrase before the first club is said of all three, and in "Arsenal, Liverpool and Chelsea
 * are keen" the words after the last one.
 */
final class ClubLists {

    /** What joins the clubs of a list: "Inter, Juventus and Liverpool", "Arsenal or the Spurs". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(,|,? and|,? or|&|/)\\s*(the\\s+)?");
    /** The most characters between two clubs of one list. */
    private static final int MAX_JOIN = 8;

    private final ArticleText article;
    private final RoleHints roleHints;
    /** For each club mention inside a list, the first and the last club of its list. */
    private final Map<Mention, Mention> heads = new IdentityHashMap<>();
    private final Map<Mention, Mention> tails = new IdentityHashMap<>();

    /** @param mentions every resolved mention of the article, in text order */
    ClubLists(ArticleText article, List<Mention> mentions, RoleHints roleHints) {
        this.article = article;
        this.roleHints = roleHints;
        List<Mention> list = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.kind() != EntityKind.CLUB) {
                continue;
            }
            if (!list.isEmpty() && !joins(list.get(list.size() - 1), m)) {
                remember(list);
                list.clear();
            }
            list.add(m);
        }
        remember(list);
    }

    private void remember(List<Mention> list) {
        if (list.size() < 2) {
            return;
        }
        for (Mention m : list) {
            heads.put(m, list.get(0));
            tails.put(m, list.get(list.size() - 1));
        }
    }

    /** Adds the list's hints to the features of a club inside a list, and "in-list". */
    void hints(Mention m, int sentenceStart, int sentenceEnd, String scope, List<String> f) {
        Mention head = heads.get(m);
        Mention tail = tails.get(m);
        if (head == null) {
            return;
        }
        f.add(scope + ":in-list");
        if (head != m) {
            String hint = roleHints.before(ClubRoleFeatures.words(article.foldedBefore(head.start(),
                    Math.max(0, Math.min(ClubRoleFeatures.CONTEXT_CHARS, head.start() - sentenceStart)))));
            if (hint != null) {
                f.add(scope + ":hint=" + hint);
            }
        }
        if (tail != m) {
            roleHints.after(ClubRoleFeatures.words(article.foldedAfter(tail.end(),
                    Math.max(0, Math.min(ClubRoleFeatures.CONTEXT_CHARS, sentenceEnd - tail.end())))), scope, f);
        }
    }

    private boolean joins(Mention first, Mention second) {
        return !first.id().equals(second.id()) && second.start() - first.end() <= MAX_JOIN
                && LIST_JOIN.matcher(article.text().substring(first.end(), second.start())).matches();
    }
}
