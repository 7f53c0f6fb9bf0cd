package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journalists and outlets an article cites: known ones wherever they are named (a bare surname or an
 * outlet that is also a word only next to attribution phrasing, see {@link MentionResolver}), and unknown
 * ones from explicit attribution ("according to X", "journalist X Y").
 */
final class SourceExtractor {

    private static final String NAME = "((?:[A-Z][\\p{L}'’.-]+|L['’][ÉE]quipe)(?:\\s+(?:de|di|del|da|van|von|dello|della)?\\s*[A-Z][\\p{L}'’.-]+){0,3})";
    /** The name right after an attribution cue ("according to", "journalist"). */
    private static final Pattern UNKNOWN = Pattern.compile("\\s+(?:the\\s+)?" + NAME);
    private static final Pattern JOURNALIST = Pattern.compile("(?:journalist|reporter|correspondent|insider)\\s+$");

    private final KnowledgeBase knowledge;

    SourceExtractor(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    List<Source> extract(ArticleText article) {
        Map<String, Source> found = new LinkedHashMap<>();
        for (Mention m : article.mentions()) {
            if (m.kind() == EntityKind.SOURCE) {
                knowledge.source(m.id()).ifPresent(s -> found.putIfAbsent(s.id(), s));
            }
        }
        for (CueHit hit : article.cues()) {
            if (hit.cue() != Cue.ATTRIBUTION || hit.end() >= article.text().length()) {
                continue;
            }
            Matcher matcher = UNKNOWN.matcher(article.text()).region(hit.end(), article.text().length());
            if (!matcher.lookingAt()) {
                continue;
            }
            int start = matcher.start(1);
            int end = matcher.end(1);
            String name = trimTrailing(matcher.group(1));
            if (name.length() < 3 || overlapsKnown(article, start, end) || COMMON.contains(FoldedText.fold(name))
                    || looksLikeBareSurname(name)) {
                continue;
            }
            boolean journalist = JOURNALIST.matcher(article.text().substring(Math.max(0, start - 15), start)).find()
                    || name.split("\\s+").length == 2 && !name.contains(".");
            Source source = new Source("new-" + KnowledgeBase.slug(name), name,
                    journalist ? SourceKind.JOURNALIST : SourceKind.OUTLET, null);
            found.putIfAbsent(source.id(), source);
        }
        return new ArrayList<>(found.values());
    }

    private static final java.util.Set<String> COMMON = java.util.Set.of("he", "she", "they", "the", "his", "her",
            "it", "reports", "sources", "a", "an", "one", "some", "several", "local", "spanish", "italian", "french",
            "german", "english", "portuguese", "dutch", "sky", "club", "sources close", "multiple reports", "reports in");

    /**
     * "according to Fuentes": one plain word is usually the agent or coach quoted, not a source; an outlet we
     * do not know looks like "RMC", "Sport1" or "tuttojuve.com".
     */
    private static boolean looksLikeBareSurname(String name) {
        return !name.contains(" ") && !name.contains(".") && !name.chars().anyMatch(Character::isDigit)
                && !name.equals(name.toUpperCase(java.util.Locale.ROOT));
    }

    private static String trimTrailing(String name) {
        int end = name.length();
        while (end > 0 && ".'’-".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }

    /** A name that is (part of) a known club, player or source is not a new source. */
    private static boolean overlapsKnown(ArticleText article, int start, int end) {
        for (Mention m : article.mentions()) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }
}
