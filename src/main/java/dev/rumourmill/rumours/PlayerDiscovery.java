package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds players we do not know from how the press introduces them: a position word or a transfer phrase
 * right before a capitalised first name and surname ("winger Tom Example", "move for Tom Example").
 * Only in sentences with transfer talk, and never over a name the gazetteer already knows.
 */
final class PlayerDiscovery {

    /** A capitalised word of a name, hyphenated parts included: "Adebayo-Clarke". */
    private static final String NAME_WORD = "[A-Z][\\p{Ll}'’]+(?:-[A-Z][\\p{Ll}'’]+)?";

    /** The name right after an introducing word (the INTRO cues): two or three capitalised words. */
    private final Pattern introduced;
    private final Set<String> notNames;

    PlayerDiscovery() {
        this(Lexicon.english());
    }

    PlayerDiscovery(Lexicon lexicon) {
        String particle = lexicon.anyOf("name-particles");
        this.introduced = Pattern.compile("\\s+(" + NAME_WORD + "(?:\\s+" + particle + "?\\s*" + NAME_WORD + "){1,2})");
        this.notNames = lexicon.set("not-name-words");
    }

    List<Mention> discover(ArticleText article) {
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
                found.add(new Mention(EntityKind.PLAYER, "new:" + KnowledgeBase.slug(name), start, end,
                        Alias.Strength.STRONG, name));
            }
        }
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
