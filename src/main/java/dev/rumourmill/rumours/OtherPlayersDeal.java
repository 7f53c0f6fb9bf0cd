package dev.rumourmill.rumours;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether an amount is the price of another person's deal: in its clause, before it, a deal verb
 * ({@code deal-verbs.txt}) whose object is a person other than the player — a player the article names ("sold
 * João Neves to PSG for €60m") or a full name the engine does not know ("offloaded Mateo Ruiz to Roma for €30m").
 * A name right before a position ("signing Premier League winger X") describes someone else and is no object.
 * Immutable; one instance serves any number of articles.
 */
final class OtherPlayersDeal {

    /** The word after a name. */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}-]+)");

    private final ClauseBounds clause;
    private final Pattern dealVerb;
    private final Set<String> positions;

    OtherPlayersDeal(Lexicon lexicon) {
        this.clause = ClauseBounds.ofAmounts(lexicon);
        this.dealVerb = Pattern.compile("\\b" + lexicon.anyOf("deal-verbs") + "\\s+", Pattern.CASE_INSENSITIVE);
        this.positions = lexicon.set("positions");
    }

    /**
     * Whether the amount starting at {@code start} (article offset) in {@code sentence} is the price of a deal for
     * someone other than {@code playerId}.
     */
    boolean isAnothers(ArticleText article, List<Mention> mentions, int sentence, int start, String playerId) {
        String text = article.text();
        int clauseStart = clause.around(article, sentence, start, start).start();
        Matcher verbs = dealVerb.matcher(text).region(clauseStart, start);
        while (verbs.find()) {
            int object = verbs.end();
            Mention named = mentionAt(mentions, object);
            if (named != null) {
                if (named.kind() == EntityKind.PLAYER && !named.id().equals(playerId)) {
                    return true;
                }
                continue; // him, or a club
            }
            for (PersonalNames.Name name : article.personalNames().namesIn(object, start, mentions)) {
                if (name.start() == object && !beforePosition(text, name.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Mention mentionAt(List<Mention> mentions, int offset) {
        for (Mention m : mentions) {
            if (m.start() == offset) {
                return m;
            }
        }
        return null;
    }

    /** Whether the word after {@code end} is a position ("Premier League winger"). */
    private boolean beforePosition(String text, int end) {
        Matcher word = NEXT_WORD.matcher(text).region(end, text.length());
        return word.lookingAt() && positions.contains(word.group(1).toLowerCase(Locale.ROOT));
    }
}
