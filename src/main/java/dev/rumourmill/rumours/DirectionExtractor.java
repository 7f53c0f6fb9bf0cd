package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** Words right after a club's name that make it the buyer ("X are confident of signing", "X's interest"). */
    private static final List<String> BUYING = List.of("confident", "close", "keen", "interested", "set to sign",
            "in talks", "plotting", "plot", "plan", "eyeing", "eye", "monitoring", "monitor", "chasing", "chase",
            "targeting", "target", "want", "wants", "wanted", "hopeful", "hoping", "hope", "ready", "prepared",
            "considering", "consider", "lining up", "line up", "closing in", "made an? (?:offer|bid|approach|enquiry)",
            "make an? (?:offer|bid|approach)", "submitted", "tabled", "bid", "bidding", "offered",
            "agreed (?:a )?(?:fee|deal|terms)", "weighing", "weigh", "lead the race", "leading the race", "push",
            "pushing", "poised", "on the verge", "nearing", "edging", "opened talks", "open talks", "identified",
            "set their sights", "sights", "favourites to sign", "lead", "leading", "swoop", "table", "launch",
            "launched", "step up", "stepped up", "are after", "after", "admirers", "rival", "rivals", "battling",
            "battle", "compete", "in the race", "race", "fighting", "scouted", "tracking", "will sign", "to sign",
            "signing", "interest", "pursuit", "move for", "approach", "offer", "proposal", "enquiry");
    private static final Pattern TO_AFTER = Pattern.compile(
            "^(?:'s?)?\\s+(?:fc\\s+)?(?:are|is|have|has|had|were|was|will|would|could|might|must|remain|look)?\\s*"
                    + "(?:(?:been|now|also|still|reportedly|already|increasingly|very|all|firmly|understood to be|believed to be|said to be)\\s+)*"
                    + Scanning.anyOf(BUYING) + "\\b");
    /** A player's position: "X's defender", "X midfielder Y" make X his club. */
    private static final List<String> POSITIONS = List.of("defender", "midfielder", "striker", "forward", "winger",
            "goalkeeper", "keeper", "centre-back", "center-back", "full-back", "right-back", "left-back", "wing-back",
            "playmaker", "captain", "star", "youngster", "attacker");
    /** Words right after a club's name that make it the seller ("X are willing to sell", "X rejected"). */
    private static final List<String> SELLING = List.of("willing to sell", "ready to sell", "prepared to sell",
            "want £", "want €", "value", "valued", "demand", "demanding", "asking", "reject", "rejected", "turned down",
            "knocked back", "refuse", "refused", "accept", "accepted");
    private static final Pattern FROM_AFTER = Pattern.compile(
            "^(?:'s?)\\s+(?:[a-z-]+\\s+){0,3}?" + Scanning.anyOf(concat(POSITIONS, List.of("academy graduate", "number",
                    "no\\."))) + "\\b"
                    + "|^\\s+" + Scanning.anyOf(POSITIONS) + "\\b"
                    + "|^(?:'s?)?\\s+(?:are|is|have|has)?\\s*(?:(?:now|also|still|reportedly)\\s+)*" + Scanning.anyOf(SELLING));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

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
                    || FROM_AFTER.matcher(after).lookingAt();
            boolean isTo = endsWithPhrase(before, TO_BEFORE) || TO_AFTER.matcher(after).lookingAt();
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
