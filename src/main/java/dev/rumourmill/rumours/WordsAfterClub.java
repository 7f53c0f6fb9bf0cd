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

    private static final PhrasesByFirstChar VERB_PHRASES = new PhrasesByFirstChar(VERBS);
    private static final PhrasesByFirstChar ADVERB_PHRASES = new PhrasesByFirstChar(ADVERBS);
    private static final PhrasesByFirstChar BUYING_PHRASES = new PhrasesByFirstChar(BUYING);
    private static final PhrasesByFirstChar POSITION_PHRASES = new PhrasesByFirstChar(POSITIONS);
    private static final PhrasesByFirstChar POSSESSIVE_POSITION_PHRASES = new PhrasesByFirstChar(POSITIONS_AFTER_POSSESSIVE);
    private static final PhrasesByFirstChar SELLER_VERB_PHRASES = new PhrasesByFirstChar(SELLER_VERBS);
    private static final PhrasesByFirstChar SELLER_ADVERB_PHRASES = new PhrasesByFirstChar(SELLER_ADVERBS);
    private static final PhrasesByFirstChar SELLING_PHRASES = new PhrasesByFirstChar(SELLING);

    private WordsAfterClub() {
    }

    /** Whether the words after the club's name make it the buying club. */
    static boolean makeBuyer(String after) {
        Positions at = optionalApostropheS(after);
        at = whiteSpace(after, at, false);
        at = optionalWordAndSpace(after, at, "fc");
        at = optional(after, at, VERB_PHRASES);
        at = whiteSpace(after, at, true);
        at = repeated(after, at, ADVERB_PHRASES);
        return anyEndingAtBoundary(after, at, BUYING_PHRASES);
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
        Positions at = new Positions();
        at.add(1);
        if (after.length() > 1 && after.charAt(1) == 's') {
            at.add(2);
        }
        at = whiteSpace(after, at, false);
        Positions reach = at;
        for (int words = 0; words < 3 && at.size > 0; words++) {
            at = whiteSpace(after, wordOfLetters(after, at), false);
            reach = reach.union(at);
        }
        return anyEndingAtBoundary(after, reach, POSSESSIVE_POSITION_PHRASES);
    }

    /** {@code ^\s+POSITION\b} */
    private static boolean position(String after) {
        Positions start = new Positions();
        start.add(0);
        return anyEndingAtBoundary(after, whiteSpace(after, start, false), POSITION_PHRASES);
    }

    /** {@code ^('s?)?\s+(are|is|have|has)?\s*((now|also|still|reportedly)\s+)*SELLING} */
    private static boolean sellingVerb(String after) {
        Positions at = optionalApostropheS(after);
        at = whiteSpace(after, at, false);
        at = optional(after, at, SELLER_VERB_PHRASES);
        at = whiteSpace(after, at, true);
        at = repeated(after, at, SELLER_ADVERB_PHRASES);
        for (int k = 0; k < at.size; k++) {
            int i = at.items[k];
            for (String phrase : SELLING_PHRASES.at(after, i)) {
                if (after.startsWith(phrase, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The positions one step of a pattern can have reached: few, kept sorted and without repeats. */
    private static final class Positions {
        int[] items = new int[4];
        int size;

        void add(int position) {
            int k = size;
            while (k > 0 && items[k - 1] > position) {
                k--;
            }
            if (k > 0 && items[k - 1] == position) {
                return;
            }
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            System.arraycopy(items, k, items, k + 1, size - k);
            items[k] = position;
            size++;
        }

        Positions union(Positions other) {
            Positions out = new Positions();
            for (int k = 0; k < size; k++) {
                out.add(items[k]);
            }
            for (int k = 0; k < other.size; k++) {
                out.add(other.items[k]);
            }
            return out;
        }
    }

    /** Positions after {@code ('s?)?}: 0, and 1 or 2 after an apostrophe (with an "s"). */
    private static Positions optionalApostropheS(String text) {
        Positions at = new Positions();
        at.add(0);
        if (!text.isEmpty() && text.charAt(0) == '\'') {
            at.add(1);
            if (text.length() > 1 && text.charAt(1) == 's') {
                at.add(2);
            }
        }
        return at;
    }

    /** Positions after {@code \s+} (or {@code \s*} when {@code orNone}) from each of {@code from}. */
    private static Positions whiteSpace(String text, Positions from, boolean orNone) {
        Positions at = new Positions();
        for (int k = 0; k < from.size; k++) {
            int i = from.items[k];
            if (orNone) {
                at.add(i);
            }
            for (int j = i; j < text.length() && Scanning.isRegexSpace(text.charAt(j)); j++) {
                at.add(j + 1);
            }
        }
        return at;
    }

    /** Positions after {@code (fc\s+)?}. */
    private static Positions optionalWordAndSpace(String text, Positions from, String word) {
        Positions afterWord = new Positions();
        for (int k = 0; k < from.size; k++) {
            if (text.startsWith(word, from.items[k])) {
                afterWord.add(from.items[k] + word.length());
            }
        }
        return afterWord.size == 0 ? from : from.union(whiteSpace(text, afterWord, false));
    }

    /** Positions after {@code (A|B|...)?}. */
    private static Positions optional(String text, Positions from, PhrasesByFirstChar words) {
        Positions at = from.union(new Positions());
        for (int k = 0; k < from.size; k++) {
            int i = from.items[k];
            for (String word : words.at(text, i)) {
                if (text.startsWith(word, i)) {
                    at.add(i + word.length());
                }
            }
        }
        return at;
    }

    /** Positions after {@code ((A|B|...)\s+)*}: positions only grow, so one pass in order reaches them all. */
    private static Positions repeated(String text, Positions from, PhrasesByFirstChar words) {
        Positions at = from.union(new Positions());
        for (int k = 0; k < at.size; k++) {
            int i = at.items[k];
            for (String word : words.at(text, i)) {
                if (text.startsWith(word, i)) {
                    for (int j = i + word.length(); j < text.length() && Scanning.isRegexSpace(text.charAt(j)); j++) {
                        at.add(j + 1);
                    }
                }
            }
        }
        return at;
    }

    /** Positions after {@code [a-z-]+}. */
    private static Positions wordOfLetters(String text, Positions from) {
        Positions words = new Positions();
        for (int k = 0; k < from.size; k++) {
            for (int j = from.items[k]; j < text.length() && isLetterOrDash(text.charAt(j)); j++) {
                words.add(j + 1);
            }
        }
        return words;
    }

    /** Whether one of {@code phrases} starts at a reachable position and ends where {@code \b} holds. */
    private static boolean anyEndingAtBoundary(String text, Positions at, PhrasesByFirstChar phrases) {
        for (int k = 0; k < at.size; k++) {
            int i = at.items[k];
            for (String phrase : phrases.at(text, i)) {
                if (text.startsWith(phrase, i) && boundary(text, i + phrase.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code \b} at {@code i}: a word character on one side only. */
    private static boolean boundary(String text, int i) {
        return isWord(text, i - 1) != isWord(text, i);
    }

    private static boolean isWord(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        return Scanning.isRegexWordCharAfterWord(text.charAt(i));
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
