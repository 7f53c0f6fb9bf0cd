package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.util.List;

/**
 * One story as a digest lists it: under which club, its headline, stage, sources and link. Kept (as JSON) in
 * {@code alert_digest_item} until the channel's next digest; text is raw and escaped when the digest is made.
 *
 * @param club    the heading it is listed under: the first club the channel follows that the story names, else
 *                the story's first club, else null
 * @param sources the story's sources (with their tiers as the channel's server rates them), best first
 */
record DigestEntry(String storyKey, String club, String headline, AlertKind kind, String stage, List<SourceRef> sources,
        String url, double confidence) {

    DigestEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The story as the subscription's digest lists it. */
    static DigestEntry of(StoryAlert story, Subscription subscription) {
        String club = subscription.clubs().stream()
                .filter(followed -> story.clubs().stream().anyMatch(c -> NameKey.of(c).equals(NameKey.of(followed))))
                .findFirst()
                .orElse(story.clubs().isEmpty() ? null : story.clubs().get(0));
        return new DigestEntry(story.storyKey(), club, story.headline(), story.kind(), story.stage(),
                story.sources(), story.articleUrl(),
                story.confidence());
    }
}
