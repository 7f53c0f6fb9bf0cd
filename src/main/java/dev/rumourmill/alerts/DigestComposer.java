package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes one digest: the period's stories by club, each with its stage and sources, in as few messages as fit
 * Discord's limits — a club's list carries on in the next message rather than being cut, and past
 * {@value #MAX_PARTS} messages the rest is summed up (how many stories per club) in the last one. A story
 * updated several times in the period is listed once, as it stands at the end.
 */
final class DigestComposer {

    static final int MAX_PARTS = 5;
    /** Room for the description, below Discord's 4,096, so the summary line always fits. */
    static final int DESCRIPTION_BUDGET = 3900;
    static final int LINE = 700;
    static final int COLOUR = 0x3498DB;
    private static final String OTHER = "Other stories";

    /** One message of the digest, and the waiting stories it lists (or sums up). */
    record Part(AlertMessage message, List<Long> itemIds) {
    }

    /**
     * @param title  e.g. "📰 Transfer round-up · Sun 6 Dec 18:00"; parts after the first add "(2/3)"
     * @param footer e.g. "Rumour Mill · 12 stories since Sat 5 Dec 18:00"
     * @return nothing when no story waited
     */
    List<Part> compose(List<DigestStore.Item> items, String title, String footer) {
        Map<String, List<DigestStore.Item>> byClub = byClub(latestPerStory(items));
        // A story's earlier updates go with its latest one: the message that lists it covers them all.
        Map<String, List<Long>> idsByStory = items.stream().collect(Collectors.groupingBy(item -> item.entry().storyKey(),
                Collectors.mapping(DigestStore.Item::id, Collectors.toList())));
        List<StringBuilder> texts = new ArrayList<>();
        List<List<Long>> ids = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (var club : byClub.entrySet()) {
            String heading = "**" + ChatText.escape(club.getKey()) + "**\n";
            boolean headed = false;
            for (DigestStore.Item item : club.getValue()) {
                String line = line(item.entry());
                StringBuilder current = texts.isEmpty() ? null : texts.get(texts.size() - 1);
                String head = headed ? "" : (current == null || current.isEmpty() ? "" : "\n") + heading;
                if (current == null || current.length() + head.length() + line.length() > DESCRIPTION_BUDGET) {
                    if (texts.size() == MAX_PARTS) {
                        unlisted.add(club.getKey());
                        ids.get(ids.size() - 1).addAll(idsByStory.get(item.entry().storyKey()));
                        continue;
                    }
                    current = new StringBuilder();
                    texts.add(current);
                    ids.add(new ArrayList<>());
                    head = heading.replace("**\n", headed ? " (continued)**\n" : "**\n");
                }
                current.append(head).append(line);
                headed = true;
                ids.get(ids.size() - 1).addAll(idsByStory.get(item.entry().storyKey()));
            }
        }
        if (!unlisted.isEmpty()) {
            texts.get(texts.size() - 1).append("\n").append(summary(unlisted));
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String numbered = texts.size() == 1 ? title : title + " (" + (i + 1) + "/" + texts.size() + ")";
            AlertMessage.Card card = new AlertMessage.Card(DiscordLimits.cut(numbered, DiscordLimits.TITLE), null,
                    texts.get(i).toString().stripTrailing(), List.of(), null, DiscordLimits.cut(footer, DiscordLimits.FOOTER),
                    null, COLOUR);
            parts.add(new Part(DiscordLimits.fit(new AlertMessage(null, card, null)), List.copyOf(ids.get(i))));
        }
        return parts;
    }

    /** How many stories a digest lists: one per story, however often it was updated. */
    static int stories(List<DigestStore.Item> items) {
        return latestPerStory(items).size();
    }

    /** Each story once, at its first place, with its latest state. */
    private static List<DigestStore.Item> latestPerStory(List<DigestStore.Item> items) {
        Map<String, DigestStore.Item> latest = new LinkedHashMap<>();
        items.forEach(item -> latest.put(item.entry().storyKey(), item));
        return List.copyOf(latest.values());
    }

    private static Map<String, List<DigestStore.Item>> byClub(List<DigestStore.Item> items) {
        Map<String, List<DigestStore.Item>> byClub = new TreeMap<>(Comparator.comparing((String club) -> club.equals(OTHER))
                .thenComparing(String.CASE_INSENSITIVE_ORDER));
        for (DigestStore.Item item : items) {
            String club = item.entry().club() == null || item.entry().club().isBlank() ? OTHER : item.entry().club();
            byClub.computeIfAbsent(club, key -> new ArrayList<>()).add(item);
        }
        return byClub;
    }

    /** "• ✅ [Brennan → Real Madrid](link) — official · Casey Reporter (tier 1), Other Outlet (tier 2)" */
    static String line(DigestEntry entry) {
        String headline = DiscordLimits.cut(ChatText.escape(entry.headline() == null ? "Untitled story" : entry.headline()), 200);
        String url = DiscordLimits.url(entry.url());
        String story = url == null ? headline : "[" + headline + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
        String stage = entry.stage() == null || entry.stage().isBlank() ? "" : " — " + ChatText.escape(entry.stage());
        String sources = entry.sources().isEmpty() ? ""
                : " · " + entry.sources().stream()
                        .map(source -> ChatText.escape(source.name()) + " (" + source.badge() + ")").collect(Collectors.joining(", "));
        String line = "• " + prefix(entry.kind()) + story + stage;
        return DiscordLimits.cut(line + sources, Math.max(line.length(), LINE)) + "\n";
    }

    private static String summary(List<String> unlisted) {
        Map<String, Long> counts = unlisted.stream()
                .collect(Collectors.groupingBy(club -> club, LinkedHashMap::new, Collectors.counting()));
        return "…and " + unlisted.size() + " more " + (unlisted.size() == 1 ? "story" : "stories") + ": "
                + DiscordLimits.cut(counts.entrySet().stream().map(e -> ChatText.escape(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")), 150);
    }

    private static String prefix(AlertKind kind) {
        return kind == null ? "" : switch (kind) {
            case RUMOUR -> "";
            case CONFIRMED -> "✅ ";
            case DENIAL -> "❌ ";
        };
    }
}
