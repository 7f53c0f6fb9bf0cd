package dev.rumourmill.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rumourmill.config.AlertKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    private final DigestComposer composer = new DigestComposer();

    private static DigestStore.Item item(long id, String club, String story) {
        return new DigestStore.Item(id, new DigestEntry(story, club, "Player " + story + " → " + club, AlertKind.RUMOUR,
                "talks", List.of(new SourceRef("Casey Reporter", "2")), "https://news.example/" + story, 0.5));
    }

    @Test
    @DisplayName("a long day is split into numbered messages within Discord's limits, a club carrying on as (continued)")
    void longDigestIsSplitCleanly() {
        // GIVEN 120 stories about one club: far more than 4,096 characters
        List<DigestStore.Item> items = IntStream.range(0, 120).mapToObj(i -> item(i, "Liverpool", "story-" + i)).toList();

        // WHEN the digest is written
        List<DigestComposer.Part> parts = composer.compose(items, "📰 Round-up", "Rumour Mill · 120 stories");

        // THEN each message fits, is numbered, and together they list every story once
        assertThat(parts).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(DigestComposer.MAX_PARTS);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.message().description().length()).isLessThanOrEqualTo(DiscordLimits.DESCRIPTION);
            assertThat(part.message()).isEqualTo(part.message().sendable());
        });
        assertThat(parts.get(0).message().title()).isEqualTo("📰 Round-up (1/" + parts.size() + ")");
        assertThat(parts.get(0).message().description()).startsWith("**Liverpool**\n");
        assertThat(parts.get(1).message().description()).startsWith("**Liverpool (continued)**\n");
        assertThat(parts.stream().flatMap(p -> p.itemIds().stream())).hasSize(120).doesNotHaveDuplicates();
        assertThat(String.join("", parts.stream().map(p -> p.message().description()).toList()))
                .contains("story-0)").contains("story-119)");
    }

    @Test
    @DisplayName("past five messages the rest is summed up per club in the last one, and no story is left out of the count")
    void hugeDigestIsSummarised() {
        List<DigestStore.Item> items = new ArrayList<>();
        IntStream.range(0, 400).forEach(i -> items.add(item(i, i % 2 == 0 ? "Arsenal" : "Liverpool", "story-" + i)));

        List<DigestComposer.Part> parts = composer.compose(items, "📰 Round-up", "Rumour Mill · 400 stories");

        assertThat(parts).hasSize(DigestComposer.MAX_PARTS);
        String last = parts.get(parts.size() - 1).message().description();
        assertThat(last).containsPattern("…and \\d+ more stories: Arsenal \\d+, Liverpool \\d+");
        assertThat(last.length()).isLessThanOrEqualTo(DiscordLimits.DESCRIPTION);
        assertThat(parts.stream().flatMap(p -> p.itemIds().stream())).hasSize(400).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a story updated twice in the period is listed once, as it stands last; text from feeds is escaped")
    void storyListedOnceEscaped() {
        DigestStore.Item first = item(1, "Liverpool", "brennan");
        DigestStore.Item later = new DigestStore.Item(2, new DigestEntry("brennan", "Liverpool", "@everyone **Brennan** signs",
                AlertKind.CONFIRMED, "official", List.of(), null, 1));

        List<DigestComposer.Part> parts = composer.compose(List.of(first, later), "t", "f");

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.message().description())
                    .isEqualTo("**Liverpool**\n• ✅ @\u200Beveryone \\*\\*Brennan\\*\\* signs — official");
            assertThat(part.itemIds()).containsExactly(1L, 2L);
        });
        assertThat(composer.compose(List.of(), "t", "f")).isEmpty();
    }
}
