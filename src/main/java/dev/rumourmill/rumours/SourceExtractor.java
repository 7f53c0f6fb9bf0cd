package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journalists and outlets an article cites: known ones wherever they are named (a bare surname or an
 * outlet that is also a word only next to attribution phrasing, see {@link MentionResolver}), and unknown
 * ones from explicit attribution ("according to X", "journalist X Y").
 */
final class SourceExtractor {

    /** A capitalised word of a name; "L'Équipe" is one too. */
    private static final String NAME_WORD = "(?:[A-Z][\\p{L}'’.-]+|L['’][ÉE]quipe)";

    private final KnowledgeBase knowledge;
    /** The name right after an attribution cue ("according to", "journalist"): up to four words. */
    private final Pattern unknown;
    /** A word right before the name that makes the source a journalist ("journalist Ana Ruiz"). */
    private final Pattern journalist;
    /** What follows attribution without being a name ("he", "sources close", "Spanish"). */
    private final Set<String> notNames;

    SourceExtractor(KnowledgeBase knowledge) {
        this(knowledge, Lexicon.english());
    }

    SourceExtractor(KnowledgeBase knowledge, Lexicon lexicon) {
        this.knowledge = knowledge;
        String name = "(" + NAME_WORD + "(?:\\s+" + lexicon.anyOf("name-particles") + "?\\s*[A-Z][\\p{L}'’.-]+){0,3})";
        this.unknown = Pattern.compile("\\s+(?:" + lexicon.anyOf("articles") + "\\s+)?" + name);
        this.journalist = Pattern.compile("\\b" + lexicon.anyOf("journalist-words") + "\\s+$");
        this.notNames = lexicon.set("not-source-names");
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
            Matcher matcher = unknown.matcher(article.text()).region(hit.end(), article.text().length());
            if (!matcher.lookingAt()) {
                continue;
            }
            int start = matcher.start(1);
            int end = matcher.end(1);
            String name = trimTrailing(matcher.group(1));
            if (name.length() < 3 || overlapsKnown(article, start, end) || notNames.contains(FoldedText.fold(name))
                    || looksLikeBareSurname(name)) {
                continue;
            }
            boolean isJournalist = journalist.matcher(article.text().substring(Math.max(0, start - 15), start)).find()
                    || name.split("\\s+").length == 2 && !name.contains(".");
            Source source = new Source("new-" + KnowledgeBase.slug(name), name,
                    isJournalist ? SourceKind.JOURNALIST : SourceKind.OUTLET, null);
            found.putIfAbsent(source.id(), source);
        }
        return new ArrayList<>(found.values());
    }

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
