package dev.rumourmill.rumours;

import java.util.List;

/**
 * Reads the lexicon's role hints around one club mention: the phrase right before the name ("a move to X",
 * "from X", also across a short description: "from Premier League side X"), and the wording after it
 * ("X are keen", "X have rejected", "the X striker"). What each hint means for the club's role is learnt by
 * the role model; this class only says which hints are there.
 */
final class RoleHints {

    /** The longest description skipped between a hint phrase and the club ("from [Serie A side] X"). */
    static final int DESCRIPTION_WORDS = 4;

    static final String BEFORE_DESTINATION = "before-destination";
    static final String BEFORE_CURRENT = "before-current";

    private final ClubRoleFeatures.Hints hints;
    private final WordPhrases descriptorNouns;

    RoleHints(ClubRoleFeatures.Hints hints, WordPhrases descriptorNouns) {
        this.hints = hints;
        this.descriptorNouns = descriptorNouns;
    }

    /**
     * The hint right before a club: {@link #BEFORE_DESTINATION}, {@link #BEFORE_CURRENT} or null.
     * "an offer from X" names the buyer although "from X" alone names the seller: the longer phrase wins.
     */
    String before(List<String> before) {
        int end = before.size();
        if (end > 0 && before.get(end - 1).equals("the")) {
            end--;
        }
        String hint = beforeEndingAt(before, end);
        if (hint != null || end == 0 || descriptorNouns.endingAt(before, end) == 0) {
            return hint;
        }
        // "joined X from Premier League side Y": the phrase stands before the description of the club.
        for (int start = end - 1; start >= Math.max(0, end - DESCRIPTION_WORDS); start--) {
            int at = start > 0 && before.get(start - 1).equals("the") ? start - 1 : start;
            hint = beforeEndingAt(before, at);
            if (hint != null) {
                return hint;
            }
        }
        return null;
    }

    private String beforeEndingAt(List<String> before, int end) {
        int destination = hints.beforeDestination().endingAt(before, end);
        int current = hints.beforeCurrent().endingAt(before, end);
        if (destination > 0 && destination >= current) {
            return BEFORE_DESTINATION;
        }
        return current > 0 ? BEFORE_CURRENT : null;
    }

    /** The hints in the words after a club: "club-position", "after-buyer", "after-seller" (any of them). */
    void after(List<String> after, String scope, List<String> f) {
        int at = 0;
        for (int skipped = hints.afterSkip().startingAt(after, at); skipped > 0 && at < after.size();
                skipped = hints.afterSkip().startingAt(after, at)) {
            at += skipped;
        }
        if (hints.playerWords().positions().startingAt(after, 0) > 0 || (at > 0 && after.get(0).equals("'s")
                && hints.playerWords().positions().startingAt(after, at) > 0)) {
            f.add(scope + ":hint=club-position");
        }
        if (hints.afterBuyer().startingAt(after, at) > 0) {
            f.add(scope + ":hint=after-buyer");
        }
        if (hints.afterSeller().startingAt(after, at) > 0) {
            f.add(scope + ":hint=after-seller");
        }
    }
}
