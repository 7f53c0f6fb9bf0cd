package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a player's alias found by the gazetteer is written, here, inside someone else's full name: "Bruno
 * Larloneri" holds our Bruno (Fernandes)'s press name but is another person, as "Ethan Mbappé" is not our
 * Kylian. One per resolution of an article's candidates.
 */
final class Namesakes {

    private final KnowledgeBase knowledge;
    private final ArticleText article;
    private final PersonalNames names;
    /** The candidates' starts and ends, in text order (so sorted): a neighbour that is a name we know. */
    private final int[] starts;
    private final int[] ends;

    Namesakes(KnowledgeBase knowledge, ArticleText article, int[] starts, int[] ends) {
        this.knowledge = knowledge;
        this.article = article;
        this.names = article.personalNames();
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * "Andrei Arshavin" for our "Andrey Arshavin": a surname unique in the data, right after a first name
     * spelt nearly like ours, is the same player written in another transliteration.
     */
    boolean spellsFirstName(Mention m) {
        String fullName = knowledge.player(m.id()).map(KnownPlayer::fullName).orElse("");
        int space = fullName.indexOf(' ');
        PersonalNames.Word before = names.wordBefore(m.start());
        if (space < 3 || before == null) {
            return false;
        }
        String first = fullName.substring(0, space);
        return !FoldedText.fold(before.text()).equals(FoldedText.fold(first)) && Spelling.sameFirstName(before.text(), first);
    }

    /**
     * Whether a player's name is written here inside a longer personal name that is not his: "Bruno Larloneri"
     * is not our Bruno (Fernandes), "Ethan Mbappé" not our Kylian, "Mohamed Salah-Eddine" not our Salah. A
     * neighbour that is a name we know ("Marseille's Bruno"), a spelling of our player's own names ("Andrei",
     * "Fernandez") or no name at all ("Meanwhile", "Egyptian") leaves the player be; so does a headline in
     * title case, unless the body writes the same two words.
     */
    boolean inAnotherName(Mention m) {
        if (m.kind() != EntityKind.PLAYER) {
            return false;
        }
        if (names.hyphenJoined(m.start(), m.end())) {
            return !startsAMention(m.end() + 1) && !endsAMention(m.start() - 1);
        }
        KnownPlayer player = m.strength() == Alias.Strength.SURNAME ? knowledge.player(m.id()).orElse(null) : null;
        if (player == null) {
            return false;
        }
        int sentence = article.sentenceOf(m.start());
        boolean titleCase = sentence >= 0 && article.isTitle(sentence) && names.titleCase(sentence);
        PersonalNames.Word before = names.wordBefore(m.start());
        if (before != null && !endsAMention(before.end()) && names.couldBeName(before)
                && !ownName(player, before.text(), true)
                && (!titleCase || names.inBody(before.text() + " " + m.surface()))) {
            return true;
        }
        PersonalNames.Word after = names.wordAfter(m.end());
        return after != null && !startsAMention(after.start()) && names.couldBeName(after)
                && !ownName(player, after.text(), false)
                && (!titleCase || names.inBody(m.surface() + " " + after.text()));
    }

    /**
     * Whether {@code word} is one of the player's names or a spelling of one ("Andrei" for "Andrey"); of a
     * hyphenated word one part is enough ("Alexander-ArnoldThe" where a page ran two words together).
     */
    private static boolean ownName(KnownPlayer player, String word, boolean firstName) {
        List<String> written = new ArrayList<>(player.knownAs());
        written.add(player.fullName());
        for (String name : written) {
            for (String own : name.split("[\\s-]+")) {
                for (String part : word.split("-")) {
                    if (firstName ? Spelling.sameFirstName(own, part) : Spelling.sameName(own, part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a candidate starts at {@code offset}; candidates are in text order, so their starts are sorted. */
    private boolean startsAMention(int offset) {
        return java.util.Arrays.binarySearch(starts, offset) >= 0;
    }

    /** Whether a candidate ends at {@code offset}; candidates are in text order, so their ends are sorted. */
    private boolean endsAMention(int offset) {
        return java.util.Arrays.binarySearch(ends, offset) >= 0;
    }
}
