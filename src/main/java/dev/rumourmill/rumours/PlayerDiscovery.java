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

    private static final Pattern INTRODUCED = Pattern.compile(
            "\\b(?:winger|striker|forward|midfielder|defender|centre-back|center-back|full-back|right-back|left-back|"
                    + "wing-back|goalkeeper|keeper|playmaker|attacker|centre-forward|youngster|teenager|wonderkid|"
                    + "sign|signing|signed|move for|bid for|offer for|interest in|swoop for|deal for|target|"
                    + "loan for|approach for|talks for)\\s+"
                    + "((?:[A-Z][\\p{Ll}'’]+(?:-[A-Z][\\p{Ll}'’]+)?)(?:\\s+(?:de|da|van|von|di|dos|del|le|la|van der|van de)?\\s*"
                    + "[A-Z][\\p{Ll}'’]+(?:-[A-Z][\\p{Ll}'’]+)?){1,2})");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "his", "their", "new", "premier", "league",
            "champions", "europa", "world", "cup", "fc", "united", "city", "real", "club", "sporting", "international",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    List<Mention> discover(ArticleText article) {
        List<Mention> found = new ArrayList<>();
        for (int s = 0; s < article.sentenceCount(); s++) {
            if (article.cuesIn(s).contains(Cue.TRANSFER)) {
                discoverIn(article, s, found);
            }
        }
        return found;
    }

    private void discoverIn(ArticleText article, int sentenceIndex, List<Mention> found) {
        Matcher m = INTRODUCED.matcher(article.text()).region(article.sentenceStart(sentenceIndex),
                article.sentenceEnd(sentenceIndex));
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            String name = m.group(1);
            if (overlapsKnown(article, start, end)) {
                continue;
            }
            boolean plausible = true;
            for (String token : name.split("\\s+")) {
                if (NOT_NAMES.contains(FoldedText.fold(token))) {
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
