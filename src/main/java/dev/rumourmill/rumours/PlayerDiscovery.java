package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds players we do not know from how the press introduces them: a position word or a transfer phrase
 * right before a capitalised first name and surname ("winger Tom Example", "move for Tom Example"), or
 * the name as the subject of transfer talk anywhere in a sentence ({@link TransferSubjects}: "Tom Example is
 * set to join", "Marseille want Tom Example", headline "Tom Example to Marseille"). Only in sentences with
 * transfer talk, and never over a name the gazetteer already knows. Once found, every other writing of the
 * name counts too, the surname alone included ("Example to Marseille"); each such mention carries the
 * full name as the article writes it, the name the player is reported under.
 */
final class PlayerDiscovery {

    /** A capitalised word of a name, hyphenated parts included: "Adebayo-Clarke". */
    private static final String NAME_WORD = "[A-Z][\\p{Ll}'’]+(?:-[A-Z][\\p{Ll}'’]+)?";

    /** The name right after an introducing word (the INTRO cues): two or three capitalised words. */
    private final Pattern introduced;
    /** One capitalised word alone after an introducing word, as players known by one name are written. */
    private static final Pattern ONE_WORD = Pattern.compile("\\s+(" + NAME_WORD + ")(?![\\p{L}'’-])(?!\\s+[A-Z])");
    private final Set<String> notNames;
    /** Positions ("forward", "centre back"): a name right before one describes the player after it. */
    private final Set<String> positions;

    PlayerDiscovery() {
        this(Lexicon.english());
    }

    PlayerDiscovery(Lexicon lexicon) {
        String particle = lexicon.anyOf("name-particles");
        this.introduced = Pattern.compile("\\s+(" + NAME_WORD + "(?:\\s+" + particle + "?\\s*" + NAME_WORD + "){1,2})");
        this.notNames = lexicon.set("not-name-words");
        this.positions = new java.util.HashSet<>();
        lexicon.set("positions").forEach(p -> positions.add(TransferSubjects.words(p)));
    }

    private final TransferSubjects subjects = new TransferSubjects(Lexicon.english());

    List<Mention> discover(ArticleText article) {
        List<Mention> found = introduced(article);
        PersonalNames names = article.personalNames();
        for (PersonalNames.Name name : subjects.find(article, names)) {
            add(found, new Mention(EntityKind.PLAYER, idOf(name.text()), name.start(), name.end(),
                    Alias.Strength.STRONG, name.text()));
        }
        if (!found.isEmpty()) {
            alsoWritten(article, names, found);
            withoutDescriptors(article, found);
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** Names right after an introducing word (the INTRO cues) in a sentence with transfer talk. */
    private List<Mention> introduced(ArticleText article) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < article.cues().size(); i++) {
            CueHit hit = article.cues().get(i);
            int sentence = article.sentenceOfCue(i);
            // "Signing With Agent Flying In": in a title-case headline every word is capitalised, so an
            // introducing word must be written in lower case for the capitals after it to mean a name.
            boolean lowerCase = Character.isLowerCase(article.text().charAt(hit.start()));
            if (hit.cue() == Cue.INTRO && lowerCase && sentence >= 0 && article.cuesIn(sentence).contains(Cue.TRANSFER)) {
                discoverAfter(article, hit.end(), article.sentenceEnd(sentence), found);
            }
        }
        return found;
    }

    private void discoverAfter(ArticleText article, int from, int sentenceEnd, List<Mention> found) {
        if (from >= sentenceEnd) {
            return;
        }
        Matcher m = introduced.matcher(article.text()).region(from, sentenceEnd);
        if (m.lookingAt()) {
            int start = m.start(1);
            int end = m.end(1);
            String name = m.group(1);
            if (overlapsKnown(article, start, end)) {
                return;
            }
            boolean plausible = true;
            for (String token : name.split("\\s+")) {
                if (notNames.contains(FoldedText.fold(token))) {
                    plausible = false;
                }
            }
            if (plausible) {
                add(found, new Mention(EntityKind.PLAYER, idOf(name), start, end, Alias.Strength.STRONG, name));
            }
            return;
        }
        Matcher one = ONE_WORD.matcher(article.text()).region(from, sentenceEnd);
        if (one.lookingAt() && isOneWordName(article, one.start(1), one.end(1))) {
            String name = one.group(1);
            add(found, new Mention(EntityKind.PLAYER, idOf(name), one.start(1), one.end(1), Alias.Strength.STRONG, name));
        }
    }

    /**
     * "midfielder Thalysson": a player known by one name (as many Brazilian and Portuguese players are) when
     * the word could be a name here, is no name we know, and the article writes it again; a single mention
     * of a lone capitalised word after "sign" or "winger" is too weak to report.
     */
    private boolean isOneWordName(ArticleText article, int start, int end) {
        String word = article.text().substring(start, end);
        PersonalNames.Word written = article.personalNames().wordAt(start);
        if (written == null || written.end() != end || notNames.contains(FoldedText.fold(word))
                || !article.personalNames().couldBeName(written) || overlapsKnown(article, start, end)) {
            return false;
        }
        PersonalNames names = article.personalNames();
        int standalone = 0;
        Matcher again = Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(word) + "(?![\\p{L}-])").matcher(article.text());
        while (again.find()) {
            if (nameWord(names, names.wordBefore(again.start())) || nameWord(names, names.wordAfter(again.end()))) {
                return false; // "Fernando Torres" elsewhere: a surname, not a one-word name
            }
            standalone++;
        }
        return standalone >= 2;
    }

    private static boolean nameWord(PersonalNames names, PersonalNames.Word word) {
        return word != null && names.couldBeName(word);
    }

    /**
     * The other places the article writes a discovered player: his full name wherever it stands, and his
     * surname alone where it is no part of another name.
     */
    private static void alsoWritten(ArticleText article, PersonalNames names, List<Mention> found) {
        Map<String, String> fullNames = new LinkedHashMap<>();
        for (Mention m : found) {
            fullNames.putIfAbsent(m.id(), m.surface());
        }
        List<PersonalNames.Name> written = names.names();
        for (PersonalNames.Name name : written) {
            String id = idOf(name.text());
            if (fullNames.containsKey(id)) {
                add(found, new Mention(EntityKind.PLAYER, id, name.start(), name.end(), Alias.Strength.STRONG,
                        fullNames.get(id)));
            }
        }
        for (Map.Entry<String, String> player : fullNames.entrySet()) {
            String[] words = player.getValue().split(" ");
            String surname = words[words.length - 1];
            for (int at = article.text().indexOf(surname); at >= 0; at = article.text().indexOf(surname, at + 1)) {
                PersonalNames.Word word = names.wordAt(at);
                int end = at + surname.length();
                if (word != null && word.start() == at && word.end() == end && names.couldBeName(word)
                        && !overlaps(written, at, end) && !overlapsKnown(article, at, end)) {
                    add(found, new Mention(EntityKind.PLAYER, player.getKey(), at, end, Alias.Strength.SURNAME,
                            player.getValue()));
                }
            }
        }
    }

    /**
     * Drops every mention of a name the article writes right before a position ("Colombia forward Daniela
     * Ospina", "St Johnstone midfielder Finlay Cormack"): a country or a club we do not know, describing the
     * player who follows, not a player.
     */
    private void withoutDescriptors(ArticleText article, List<Mention> found) {
        Set<String> descriptors = new java.util.HashSet<>();
        for (Mention m : found) {
            if (!descriptors.contains(m.id()) && beforePosition(article, m.end())) {
                descriptors.add(m.id());
            }
        }
        if (!descriptors.isEmpty()) {
            found.removeIf(m -> descriptors.contains(m.id()));
        }
    }

    private boolean beforePosition(ArticleText article, int end) {
        String text = article.text();
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        // The next word, or the next two ("centre back"): positions are one or two words.
        String[] next = TransferSubjects.words(article.foldedAfter(end, 20)).split(" ", 3);
        return positions.contains(next[0]) || next.length > 1 && positions.contains(next[0] + " " + next[1]);
    }

    private static String idOf(String name) {
        return "new:" + KnowledgeBase.slug(name);
    }

    /** Adds {@code mention} unless a mention already found overlaps it. */
    private static void add(List<Mention> found, Mention mention) {
        for (Mention m : found) {
            if (m.start() < mention.end() && mention.start() < m.end()) {
                return;
            }
        }
        found.add(mention);
    }

    private static boolean overlaps(List<PersonalNames.Name> names, int start, int end) {
        for (PersonalNames.Name n : names) {
            if (n.start() < end && start < n.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsKnown(ArticleText article, int start, int end) {
        for (Mention m : article.mentions()) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
