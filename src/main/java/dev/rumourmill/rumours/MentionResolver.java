package dev.rumourmill.rumours;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which candidate names really name an entity, using the rest of the article: an ambiguous
 * alias counts only when the entity is also named plainly; a surname only when the full name appears
 * elsewhere or the player's club is mentioned; a bare journalist surname or an outlet that is also a
 * word only next to attribution phrasing. A player's surname or first name inside someone else's full name
 * ("Bruno Larloneri", "Ethan Mbappé") is never the player.
 */
final class MentionResolver {

    /** Attribution right before an ambiguous source name ("according to Romano"), words from the lexicon. */
    static final Pattern ATTRIBUTION_BEFORE = Pattern.compile("(?:(?:^|\\b)"
            + Lexicon.english().anyOf("attribution-before-source") + "|\\(|,)\\s*(?:the\\s+)?$");
    /** Attribution right after an ambiguous source name ("Romano reports"), words from the lexicon. */
    static final Pattern ATTRIBUTION_AFTER = Pattern.compile("^\\s*(?:'s\\s+\\w+\\s+)?(?:\\)|,|:|"
            + Lexicon.english().anyOf("attribution-after-source") + "\\b)");

    private final KnowledgeBase knowledge;
    private final ArticleText article;
    /** The article's names beside the candidates, for the one resolution under way. */
    private Namesakes namesakes;
    private final Map<String, Integer> surnameCounts = new java.util.HashMap<>();
    /** Players whose surname or first name the article also writes in someone else's full name. */
    private final Set<String> otherPeople = new HashSet<>();

    MentionResolver(KnowledgeBase knowledge, ArticleText article) {
        this.knowledge = knowledge;
        this.article = article;
    }

    /**
     * The mentions that stand, from the gazetteer's candidates in text order ({@link Gazetteer#find} gives
     * them so: its matches do not overlap, and the alternatives for one span come together).
     */
    List<Mention> resolve(List<Mention> candidates) {
        // Per kind, no "kind:id" strings: this runs over every candidate, and with tens of thousands of
        // players there are many.
        Map<EntityKind, Set<String>> strong = new java.util.EnumMap<>(EntityKind.class);
        Set<String> clubNames = new HashSet<>();
        Set<String> clubIds = new HashSet<>();
        Set<String> surfaces = new HashSet<>();
        int count = candidates.size();
        int[] starts = new int[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            Mention m = candidates.get(i);
            starts[i] = m.start();
            ends[i] = m.end();
            if (m.strength() != Alias.Strength.STRONG) {
                continue;
            }
            strong.computeIfAbsent(m.kind(), k -> new HashSet<>()).add(m.id());
            if (m.kind() == EntityKind.CLUB) {
                if (clubIds.add(m.id())) {
                    knowledge.club(m.id()).ifPresent(c -> clubNames.add(FoldedText.fold(c.name())));
                }
                if (surfaces.add(m.surface())) {
                    clubNames.add(FoldedText.fold(m.surface()));
                }
            }
        }
        // Candidates sharing a span are alternatives, next to each other: keep at most one per kind.
        surnameCounts.clear();
        otherPeople.clear();
        namesakes = new Namesakes(knowledge, article, starts, ends);
        boolean[] inOtherName = new boolean[count];
        for (int from = 0, to; from < count; from = to) {
            to = groupEnd(candidates, from);
            if (to - from == 1 && candidates.get(from).strength() == Alias.Strength.SURNAME) {
                surnameCounts.merge(candidates.get(from).id(), 1, Integer::sum);
            }
            for (int i = from; i < to; i++) {
                Mention m = candidates.get(i);
                inOtherName[i] = namesakes.inAnotherName(m);
                if (inOtherName[i] && !isStrong(strong, m)) {
                    otherPeople.add(m.id());
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int from = 0, to; from < count; from = to) {
            to = groupEnd(candidates, from);
            Mention only = candidates.get(from);
            // The common case, one strong name for the span, stands on its own.
            Mention chosen = to - from == 1 && only.strength() == Alias.Strength.STRONG && !inOtherName[from] ? only
                    : choose(candidates.subList(from, to), java.util.Arrays.copyOfRange(inOtherName, from, to),
                            strong, clubNames);
            if (chosen != null) {
                out.add(chosen);
            }
        }
        return out;
    }

    /** The end (exclusive) of the group of candidates with the span of candidate {@code from}. */
    private static int groupEnd(List<Mention> candidates, int from) {
        Mention first = candidates.get(from);
        int to = from + 1;
        while (to < candidates.size() && candidates.get(to).start() == first.start()
                && candidates.get(to).end() == first.end()) {
            to++;
        }
        return to;
    }

    private static boolean isStrong(Map<EntityKind, Set<String>> strong, Mention m) {
        Set<String> ids = strong.get(m.kind());
        return ids != null && ids.contains(m.id());
    }

    /** The one candidate of a span that stands, or null; {@code inOtherName} marks those in another's name. */
    private Mention choose(List<Mention> group, boolean[] inOtherName, Map<EntityKind, Set<String>> strong,
            Set<String> clubNames) {
        List<Mention> players = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            Mention m = group.get(i);
            if (inOtherName[i]) {
                // "Bruno Larloneri": the Bruno we know is not in this name, whoever else the article names.
                continue;
            }
            switch (m.strength()) {
                case STRONG -> {
                    if (m.kind() != EntityKind.PLAYER) {
                        return m;
                    }
                    players.add(m);
                }
                case WEAK -> {
                    if (isStrong(strong, m)
                            || (m.kind() == EntityKind.SOURCE && attributed(m))) {
                        return m;
                    }
                }
                case SURNAME -> {
                    if (isStrong(strong, m)) {
                        return m;
                    }
                    if (otherPeople.contains(m.id())) {
                        // "Diego Simeone" written in full: the bare "Simeone" is him, not our Giuliano.
                        continue;
                    }
                    players.add(m);
                }
            }
        }
        if (players.isEmpty()) {
            return null;
        }
        List<Mention> supported = new ArrayList<>();
        for (Mention m : players) {
            if (m.strength() == Alias.Strength.STRONG || clubMentioned(m, clubNames)
                    || (players.size() == 1 && (surnameCounts.getOrDefault(m.id(), 0) >= 2 || namesakes.spellsFirstName(m)))) {
                supported.add(m);
            }
        }
        // Two players with the same name and nothing to tell them apart: naming either could be wrong.
        return supported.size() == 1 ? supported.get(0) : null;
    }

    private boolean clubMentioned(Mention m, Set<String> clubNames) {
        // The caller's club name may be longer than ours ("Liverpool Football Club"): containment is enough.
        String club = knowledge.player(m.id()).map(KnownPlayer::currentClub).orElse(null);
        if (club == null) {
            return false;
        }
        String folded = " " + FoldedText.fold(club) + " ";
        for (String name : clubNames) {
            if (folded.contains(" " + name + " ")) {
                return true;
            }
        }
        return false;
    }

    private boolean attributed(Mention m) {
        return ATTRIBUTION_BEFORE.matcher(article.foldedBefore(m.start(), 20)).find()
                || ATTRIBUTION_AFTER.matcher(article.foldedAfter(m.end(), 30)).find();
    }

}
