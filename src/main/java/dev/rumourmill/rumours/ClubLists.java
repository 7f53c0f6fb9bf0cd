package dev.rumourmill.rumours;

import java.util.List;
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
    private final List<Mention> mentions;
    private final RoleHints roleHints;

    ClubLists(ArticleText article, List<Mention> mentions, RoleHints roleHints) {
        this.article = article;
        this.mentions = mentions;
        this.roleHints = roleHints;
    }

    /** Adds the list's hints to the features of a club inside a list, and "in-list". */
    void hints(Mention m, int sentenceStart, int sentenceEnd, String scope, List<String> f) {
        Mention head = m;
        for (Mention previous = joinedBefore(head); previous != null; previous = joinedBefore(previous)) {
            head = previous;
        }
        Mention tail = m;
        for (Mention next = joinedAfter(tail); next != null; next = joinedAfter(next)) {
            tail = next;
        }
        if (head == m && tail == m) {
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

    /** The club named right before {@code m} in the same list, or null. */
    private Mention joinedBefore(Mention m) {
        Mention previous = null;
        for (Mention other : mentions) {
            if (other.start() >= m.start()) {
                break;
            }
            if (other.kind() == EntityKind.CLUB) {
                previous = other;
            }
        }
        return previous != null && joins(previous, m) ? previous : null;
    }

    /** The club named right after {@code m} in the same list, or null. */
    private Mention joinedAfter(Mention m) {
        for (Mention other : mentions) {
            if (other.kind() == EntityKind.CLUB && other.start() >= m.end()) {
                return joins(m, other) ? other : null;
            }
        }
        return null;
    }

    private boolean joins(Mention first, Mention second) {
        return !first.id().equals(second.id()) && second.start() - first.end() <= MAX_JOIN
                && LIST_JOIN.matcher(article.text().substring(first.end(), second.start())).matches();
    }
}
