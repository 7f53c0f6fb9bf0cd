package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Which club would sell and which would buy, only from explicit phrasing around the club's name
 * ("move to X", "interest from X", "X are confident of signing", "from X", "X's defender"). A guessed
 * direction is worse than none, so anything else leaves the club without a role.
 */
final class DirectionExtractor {

    record Direction(String fromClubId, List<String> toClubIds) {
    }

    /** Phrases that, right before a club's name, make it the destination ("a move to X", "interest from X"). */
    private static final List<String> TO_BEFORE = List.of("move to", "moving to", "switch to", "transfer to", "loan to",
            "loaned to", "join", "joins", "joining", "sign for", "signing for", "signs for", "signed for", "heading to",
            "head to", "heads to", "bound for", "return to", "returning to", "interest from", "bid from", "offer from",
            "offers from", "approach from", "approaches from", "enquiry from", "wanted by", "targeted by", "linked with",
            "linked to", "talks with", "chased by", "courted by", "on the radar of", "destination", "will join",
            "to become a", "to become an");
    /** Phrases that, right before a club's name, make it the seller ("from X", "leave X"). */
    private static final List<String> FROM_BEFORE = List.of("from", "leave", "leaving", "leaves", "depart",
            "departure from", "exit from", "quit", "quitting", "sold by", "released by", "loan from", "on loan from");
    /** "interest from X" names a buyer, not the club he leaves. */
    private static final List<String> NOT_FROM = List.of("interest from", "bid from", "offer from", "offers from",
            "approach from", "approaches from", "enquiry from", "report from", "reports from", "sources from");
    private static final int MENTIONS_PER_CLUB = 6;
    private static final Set<String> CLUB_NOUNS = Set.of("side", "club", "giants", "outfit", "champions");

    /**
     * The text before a club's name without what may sit between the phrase and the name: "the", or
     * "the Spanish giants" in "a move to the Spanish giants Real Madrid".
     */
    private static String lastWords(String before) {
        // The words are cut at single spaces, as by split(" "), without building the array: this runs for
        // every club mention. end is the end of the words kept, -1 when none are.
        String text = before.trim();
        int end = text.length();
        int lastSpace = text.lastIndexOf(' ', end - 1);
        if (lastSpace >= 0 && CLUB_NOUNS.contains(text.substring(lastSpace + 1, end))) {
            end = text.lastIndexOf(' ', lastSpace - 1);
        }
        int lastWord = text.lastIndexOf(' ', end - 1) + 1;
        if (end >= 0 && end - lastWord == 3 && text.startsWith("the", lastWord)) {
            end = lastWord - 1;
        }
        return " " + (end < 0 ? "" : text.substring(0, end));
    }

    private static boolean endsWithPhrase(String before, List<String> phrases) {
        for (String phrase : phrases) {
            int at = before.length() - phrase.length();
            if (at >= 1 && before.endsWith(phrase) && (before.charAt(at - 1) == ' ' || before.charAt(at - 1) == '(')) {
                return true;
            }
        }
        return false;
    }

    Direction extract(ArticleText article, Set<String> relevantClubIds) {
        Map<String, int[]> votes = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Mention m : article.mentions()) {
            if (m.kind() != EntityKind.CLUB || !relevantClubIds.contains(m.id())) {
                continue;
            }
            // The first few mentions carry the move; the rest of a long article repeats or digresses.
            if (seen.merge(m.id(), 1, Integer::sum) > MENTIONS_PER_CLUB) {
                continue;
            }
            String before = lastWords(article.foldedBefore(m.start(), 40));
            String after = article.foldedAfter(m.end(), 70);
            boolean isFrom = (endsWithPhrase(before, FROM_BEFORE) && !endsWithPhrase(before, NOT_FROM))
                    || WordsAfterClub.makeSeller(after);
            boolean isTo = endsWithPhrase(before, TO_BEFORE) || WordsAfterClub.makeBuyer(after);
            int[] v = votes.computeIfAbsent(m.id(), k -> new int[2]);
            if (isTo && !isFrom) {
                v[0]++;
            } else if (isFrom && !isTo) {
                v[1]++;
            }
        }
        // A club named both ways keeps the role it is given more often; a tie gives it none.
        List<String> to = new ArrayList<>();
        String from = null;
        int fromVotes = 0;
        for (Map.Entry<String, int[]> e : votes.entrySet()) {
            int[] v = e.getValue();
            if (v[0] > v[1]) {
                to.add(e.getKey());
            } else if (v[1] > v[0] && v[1] > fromVotes) {
                from = e.getKey();
                fromVotes = v[1];
            }
        }
        return new Direction(from, to);
    }
}
