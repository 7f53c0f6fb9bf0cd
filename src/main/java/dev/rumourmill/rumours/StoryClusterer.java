package dev.rumourmill.rumours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Groups analysed articles into stories: the same player and destination club within the window
 * (14 days by default, counted from the story's last article) is one story. An article naming the player
 * but no destination joins his most recent story. A near-identical text (syndicated copy) is recognised
 * by its word shingles and adds no source. The stories live in a {@link StoryStore}: in memory by default,
 * or a shared database so that a restart or another process goes on with the same stories. Thread-safe:
 * the store keeps changes to one player's stories apart.
 */
public final class StoryClusterer {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
    /** Share of five-word runs two texts must have in common to count as copies of one article. */
    static final double COPY_SIMILARITY = 0.8;
    /** Texts kept per story for spotting copies (the most recent). */
    static final int TEXTS_KEPT = 16;

    private final Duration window;
    private final StoryStore store;

    public StoryClusterer() {
        this(DEFAULT_WINDOW);
    }

    public StoryClusterer(Duration window) {
        this(window, new InMemoryStoryStore());
    }

    public StoryClusterer(Duration window, StoryStore store) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the story window must be positive, e.g. 14 days");
        }
        this.window = window;
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Files one analysed article.
     *
     * @param text the article's text, for spotting syndicated copies
     * @param at   when the article was published (or first seen); the caller's clock, not ours
     */
    public StoryEvent add(Analysis analysis, String text, Instant at) {
        Objects.requireNonNull(at, "at");
        if (!analysis.isTransferNews() || analysis.players().isEmpty()) {
            return new StoryEvent(StoryEvent.Kind.NOT_A_STORY, null, List.of());
        }
        Player player = analysis.players().get(0);
        String destination = analysis.toClubs().isEmpty() ? null : analysis.toClubs().get(0).id();
        StoryStage stage = analysis.stage() == null ? StoryStage.INTEREST : analysis.stage();
        Shingles shingles = Shingles.of(text);
        Set<String> sources = new LinkedHashSet<>();
        analysis.sources().forEach(s -> sources.add(s.id()));
        return store.change(player.id(), at.minus(window), (stories, save) ->
                file(stories, save, analysis.articleId(), player, destination, stage, shingles, sources, at));
    }

    private static StoryEvent file(List<StoryRecord> stories, UnaryOperator<StoryRecord> save, String articleId,
            Player player, String destination, StoryStage stage, Shingles shingles, Set<String> sources, Instant at) {
        StoryRecord story = find(stories, destination);
        if (story == null) {
            StoryRecord created = save.apply(new StoryRecord(0, new Story.About(player.id(), player.name(), destination),
                    stage, new Story.Seen(at, at), List.copyOf(sources), List.of(articleId), List.of(shingles.print())));
            return new StoryEvent(StoryEvent.Kind.NEW_STORY, created.toStory(), List.copyOf(sources));
        }
        Instant lastSeen = at.isAfter(story.lastSeen()) ? at : story.lastSeen();
        List<String> articles = new ArrayList<>(story.articleIds());
        articles.add(articleId);
        String knownDestination = story.destinationClubId() == null ? destination : story.destinationClubId();
        for (String print : story.textPrints()) {
            if (Shingles.fromPrint(print).similarity(shingles) >= COPY_SIMILARITY) {
                StoryRecord copy = save.apply(story.next(knownDestination, story.stage(), lastSeen, story.sourceIds(), articles,
                        story.textPrints()));
                return new StoryEvent(StoryEvent.Kind.DUPLICATE, copy.toStory(), List.of());
            }
        }
        List<String> prints = new ArrayList<>(story.textPrints());
        prints.add(shingles.print());
        prints = prints.subList(Math.max(0, prints.size() - TEXTS_KEPT), prints.size());
        Set<String> allSources = new LinkedHashSet<>(story.sourceIds());
        if (story.stage().advancesTo(stage)) {
            allSources.addAll(sources);
            StoryRecord advanced = save.apply(story.next(knownDestination, stage, lastSeen, List.copyOf(allSources),
                    articles, prints));
            return new StoryEvent(StoryEvent.Kind.STAGE_CHANGE, advanced.toStory(), List.of());
        }
        List<String> added = new ArrayList<>();
        for (String source : sources) {
            if (allSources.add(source)) {
                added.add(source);
            }
        }
        StoryRecord updated = save.apply(story.next(knownDestination, story.stage(), lastSeen, List.copyOf(allSources),
                articles, prints));
        return new StoryEvent(added.isEmpty() ? StoryEvent.Kind.REPEAT : StoryEvent.Kind.NEW_SOURCE,
                updated.toStory(), added);
    }

    /** The stories still open, oldest first. */
    public List<Story> stories() {
        return store.openSince(Instant.EPOCH).stream().map(StoryRecord::toStory).toList();
    }

    /** Same destination; without a destination, the player's most recent story. */
    private static StoryRecord find(List<StoryRecord> stories, String destination) {
        StoryRecord best = null;
        for (StoryRecord e : stories) {
            boolean sameMove = destination == null || e.destinationClubId() == null
                    || destination.equals(e.destinationClubId());
            if (sameMove && (best == null || e.lastSeen().isAfter(best.lastSeen()))) {
                best = e;
            }
        }
        return best;
    }
}
