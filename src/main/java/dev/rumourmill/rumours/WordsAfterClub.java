package dev.rumourmill.rumours;

import java.util.List;

/**
 * Reads the folded words right after a club's name for its role in a move: "X are confident of signing"
 * makes X the buyer, "X's defender" or "X have rejected" the seller. Written as patterns these are
 *
 * <pre>
 * buyer:  ^('s?)? \s+ (fc\s+)? VERB? \s* (ADVERB\s+)* BUYING\b
 * seller: ^'s? \s+ ([a-z-]+\s+){0,3} (POSITION|academy graduate|number|no\.)\b
 *       | ^\s+ POSITION\b
 *       | ^('s?)? \s+ (are|is|have|has)? \s* ((now|also|still|reportedly)\s+)* SELLING
 * </pre>
 *
 * and this class answers exactly what {@code Pattern.compile(...).matcher(after).lookingAt()} would (the
 * test keeps those patterns to compare against), by following the set of positions each step can reach.
 * The regex engine took a microsecond per club mention; this takes a small part of that. Stateless.
 */
final class WordsAfterClub {

    private static final List<String> VERBS = List.of("are", "is", "have", "has", "had", "were", "was", "will", "would",
            "could", "might", "must", "remain", "look");
    private static final List<String> ADVERBS = List.of("been", "now", "also", "still", "reportedly", "already",
            "increasingly", "very", "all", "firmly", "understood to be", "believed to be", "said to be");
    static final List<String> BUYING = List.of("confident", "close", "keen", "interested", "set to sign", "in talks",
            "plotting", "plot", "plan", "eyeing", "eye", "monitoring", "monitor", "chasing", "chase", "targeting", "target",
            "want", "wants", "wanted", "hopeful", "hoping", "hope", "ready", "prepared", "considering", "consider",
            "lining up", "line up", "closing in", "made a offer", "made an offer", "made a bid", "made an bid",
            "made a approach", "made an approach", "made a enquiry", "made an enquiry", "make a offer", "make an offer",
            "make a bid", "make an bid", "make a approach", "make an approach", "submitted", "tabled", "bid", "bidding",
            "offered", "agreed fee", "agreed deal", "agreed terms", "agreed a fee", "agreed a deal", "agreed a terms",
            "weighing", "weigh", "lead the race", "leading the race", "push", "pushing", "poised", "on the verge",
            "nearing", "edging", "opened talks", "open talks", "identified", "set their sights", "sights",
            "favourites to sign", "lead", "leading", "swoop", "table", "launch", "launched", "step up", "stepped up",
            "are after", "after", "admirers", "rival", "rivals", "battling", "battle", "compete", "in the race", "race",
            "fighting", "scouted", "tracking", "will sign", "to sign", "signing", "interest", "pursuit", "move for",
            "approach", "offer", "proposal", "enquiry");
    static final List<String> POSITIONS = List.of("defender", "midfielder", "striker", "forward", "winger",
            "goalkeeper", "keeper", "centre-back", "center-back", "full-back", "right-back", "left-back", "wing-back",
            "playmaker", "captain", "star", "youngster", "attacker");
    private static final List<String> POSITIONS_AFTER_POSSESSIVE = concat(POSITIONS,
            List.of("academy graduate", "number", "no."));
    private static final List<String> SELLER_VERBS = List.of("are", "is", "have", "has");
    private static final List<String> SELLER_ADVERBS = List.of("now", "also", "still", "reportedly");
    static final List<String> SELLING = List.of("willing to sell", "ready to sell", "prepared to sell", "want £",
            "want €", "value", "valued", "demand", "demanding", "asking", "reject", "rejected", "turned down",
            "knocked back", "refuse", "refused", "accept", "accepted");

    private WordsAfterClub() {
    }

    /** Whether the words after the club's name make it the buying club. */
    static boolean makeBuyer(String after) {
        boolean[] at = optionalApostropheS(after);
        at = whiteSpace(after, at, false);
        at = optionalWordAndSpace(after, at, "fc");
        at = optional(after, at, VERBS);
        at = whiteSpace(after, at, true);
        at = repeated(after, at, ADVERBS);
        return anyEndingAtBoundary(after, at, BUYING);
    }

    /** Whether the words after the club's name make it the selling club. */
    static boolean makeSeller(String after) {
        return possessivePosition(after) || position(after) || sellingVerb(after);
    }

    /** {@code ^'s?\s+([a-z-]+\s+){0,3}(POSITION|academy graduate|number|no\.)\b} */
    private static boolean possessivePosition(String after) {
        if (after.isEmpty() || after.charAt(0) != '\'') {
            return false;
        }
        boolean[] at = new boolean[after.length() + 1];
        at[1] = true;
        if (after.length() > 1 && after.charAt(1) == 's') {
            at[2] = true;
        }
        at = whiteSpace(after, at, false);
        boolean[] reach = at.clone();
        for (int words = 0; words < 3; words++) {
            at = wordThenSpace(after, at);
            for (int i = 0; i < at.length; i++) {
                reach[i] |= at[i];
            }
        }
        return anyEndingAtBoundary(after, reach, POSITIONS_AFTER_POSSESSIVE);
    }

    /** {@code ^\s+POSITION\b} */
    private static boolean position(String after) {
        boolean[] at = new boolean[after.length() + 1];
        at[0] = true;
        return anyEndingAtBoundary(after, whiteSpace(after, at, false), POSITIONS);
    }

    /** {@code ^('s?)?\s+(are|is|have|has)?\s*((now|also|still|reportedly)\s+)*SELLING} */
    private static boolean sellingVerb(String after) {
        boolean[] at = optionalApostropheS(after);
        at = whiteSpace(after, at, false);
        at = optional(after, at, SELLER_VERBS);
        at = whiteSpace(after, at, true);
        at = repeated(after, at, SELLER_ADVERBS);
        for (int i = 0; i < at.length; i++) {
            if (at[i] && startsAny(after, i, SELLING) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Positions after {@code ('s?)?}: 0, and 1 or 2 after an apostrophe (with an "s"). */
    private static boolean[] optionalApostropheS(String text) {
        boolean[] at = new boolean[text.length() + 1];
        at[0] = true;
        if (!text.isEmpty() && text.charAt(0) == '\'') {
            at[1] = true;
            if (text.length() > 1 && text.charAt(1) == 's') {
                at[2] = true;
            }
        }
        return at;
    }

    /** Positions after {@code \s+} (or {@code \s*} when {@code orNone}) from each of {@code from}. */
    private static boolean[] whiteSpace(String text, boolean[] from, boolean orNone) {
        boolean[] at = new boolean[from.length];
        for (int i = 0; i < text.length() + 1; i++) {
            if (!from[i]) {
                continue;
            }
            if (orNone) {
                at[i] = true;
            }
            for (int k = i; k < text.length() && isSpace(text.charAt(k)); k++) {
                at[k + 1] = true;
            }
        }
        return at;
    }

    /** Positions after {@code (fc\s+)?}. */
    private static boolean[] optionalWordAndSpace(String text, boolean[] from, String word) {
        boolean[] at = from.clone();
        boolean[] afterWord = new boolean[from.length];
        for (int i = 0; i < from.length; i++) {
            if (from[i] && text.startsWith(word, i)) {
                afterWord[i + word.length()] = true;
            }
        }
        boolean[] spaced = whiteSpace(text, afterWord, false);
        for (int i = 0; i < at.length; i++) {
            at[i] |= spaced[i];
        }
        return at;
    }

    /** Positions after {@code (A|B|...)?}. */
    private static boolean[] optional(String text, boolean[] from, List<String> words) {
        boolean[] at = from.clone();
        for (int i = 0; i < from.length; i++) {
            if (!from[i]) {
                continue;
            }
            for (String word : words) {
                if (text.startsWith(word, i)) {
                    at[i + word.length()] = true;
                }
            }
        }
        return at;
    }

    /** Positions after {@code ((A|B|...)\s+)*}: positions only grow, so one pass in order reaches them all. */
    private static boolean[] repeated(String text, boolean[] from, List<String> words) {
        boolean[] at = from.clone();
        for (int i = 0; i < at.length; i++) {
            if (!at[i]) {
                continue;
            }
            for (String word : words) {
                int end = i + word.length();
                if (text.startsWith(word, i)) {
                    for (int k = end; k < text.length() && isSpace(text.charAt(k)); k++) {
                        at[k + 1] = true;
                    }
                }
            }
        }
        return at;
    }

    /** Positions after {@code [a-z-]+\s+}. */
    private static boolean[] wordThenSpace(String text, boolean[] from) {
        boolean[] words = new boolean[from.length];
        for (int i = 0; i < text.length(); i++) {
            if (!from[i]) {
                continue;
            }
            for (int k = i; k < text.length() && isLetterOrDash(text.charAt(k)); k++) {
                words[k + 1] = true;
            }
        }
        return whiteSpace(text, words, false);
    }

    /** Whether one of {@code phrases} starts at a reachable position and ends where {@code \b} holds. */
    private static boolean anyEndingAtBoundary(String text, boolean[] at, List<String> phrases) {
        for (int i = 0; i < at.length; i++) {
            if (!at[i]) {
                continue;
            }
            for (String phrase : phrases) {
                if (text.startsWith(phrase, i) && boundary(text, i + phrase.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int startsAny(String text, int at, List<String> phrases) {
        for (int k = 0; k < phrases.size(); k++) {
            if (text.startsWith(phrases.get(k), at)) {
                return k;
            }
        }
        return -1;
    }

    /** {@code \b} at {@code i}: a word character on one side only. */
    private static boolean boundary(String text, int i) {
        return isWord(text, i - 1) != isWord(text, i);
    }

    private static boolean isWord(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** {@code \s}: space, tab, line breaks. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLetterOrDash(char c) {
        return c >= 'a' && c <= 'z' || c == '-';
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
