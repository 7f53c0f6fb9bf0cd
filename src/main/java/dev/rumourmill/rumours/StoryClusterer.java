package dev.rumourmill.rumours;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Groups analysed articles into stories: the same player and destination club within the window
 * (14 days by default, counted from the story's last article) is one story. An article naming the player
 * but no destination joins his most recent story. A near-identical text (syndicated copy) is recognised
 * by its word shingles and adds no source. Thread-safe (one lock; the work per article is small).
 */
public final class StoryClusterer {

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(14);
    /** Share of five-word runs two texts must have in common to count as copies of one article. */
    static final double COPY_SIMILARITY = 0.8;

    private final Duration window;
    private final List<Entry> stories = new ArrayList<>();
    private long nextId = 1;

    private static final class Entry {
        final long id;
        final String playerId;
        final String playerName;
        String destination;
        StoryStage stage;
        final Instant firstSeen;
        Instant lastSeen;
        final Set<String> sources = new LinkedHashSet<>();
        final List<String> articles = new ArrayList<>();
        final List<Shingles> texts = new ArrayList<>();

        Entry(long id, String playerId, String playerName, String destination, StoryStage stage, Instant at) {
            this.id = id;
            this.playerId = playerId;
            this.playerName = playerName;
            this.destination = destination;
            this.stage = stage;
            this.firstSeen = at;
            this.lastSeen = at;
        }

        Story snapshot() {
            return new Story(id, playerId, playerName, destination, stage, firstSeen, lastSeen, sources, articles);
        }
    }

    public StoryClusterer() {
        this(DEFAULT_WINDOW);
    }

    public StoryClusterer(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the story window must be positive, e.g. 14 days");
        }
        this.window = window;
    }

    /**
     * Files one analysed article.
     *
     * @param text the article's text, for spotting syndicated copies
     * @param at   when the article was published (or first seen); the caller's clock, not ours
     */
    public synchronized StoryEvent add(Analysis analysis, String text, Instant at) {
        Objects.requireNonNull(at, "at");
        if (!analysis.isTransferNews() || analysis.players().isEmpty()) {
            return new StoryEvent(StoryEvent.Kind.NOT_A_STORY, null, List.of());
        }
        forgetOlderThan(at.minus(window));
        Player player = analysis.players().get(0);
        String destination = analysis.toClubs().isEmpty() ? null : analysis.toClubs().get(0).id();
        StoryStage stage = analysis.stage() == null ? StoryStage.INTEREST : analysis.stage();
        Shingles shingles = Shingles.of(text);
        Set<String> sources = new LinkedHashSet<>();
        analysis.sources().forEach(s -> sources.add(s.id()));

        Entry story = find(player.id(), destination);
        if (story == null) {
            Entry created = new Entry(nextId++, player.id(), player.name(), destination, stage, at);
            created.sources.addAll(sources);
            created.articles.add(analysis.articleId());
            created.texts.add(shingles);
            stories.add(created);
            return new StoryEvent(StoryEvent.Kind.NEW_STORY, created.snapshot(), List.copyOf(sources));
        }
        story.lastSeen = at.isAfter(story.lastSeen) ? at : story.lastSeen;
        story.articles.add(analysis.articleId());
        if (story.destination == null && destination != null) {
            story.destination = destination;
        }
        for (Shingles seen : story.texts) {
            if (seen.similarity(shingles) >= COPY_SIMILARITY) {
                return new StoryEvent(StoryEvent.Kind.DUPLICATE, story.snapshot(), List.of());
            }
        }
        story.texts.add(shingles);
        if (story.stage.advancesTo(stage)) {
            story.stage = stage;
            story.sources.addAll(sources);
            return new StoryEvent(StoryEvent.Kind.STAGE_CHANGE, story.snapshot(), List.of());
        }
        List<String> added = new ArrayList<>();
        for (String source : sources) {
            if (story.sources.add(source)) {
                added.add(source);
            }
        }
        return new StoryEvent(added.isEmpty() ? StoryEvent.Kind.REPEAT : StoryEvent.Kind.NEW_SOURCE,
                story.snapshot(), added);
    }

    /** The stories still open, oldest first. */
    public synchronized List<Story> stories() {
        return stories.stream().map(Entry::snapshot).toList();
    }

    /** Same player and destination; without a destination, the player's most recent story. */
    private Entry find(String playerId, String destination) {
        Entry best = null;
        for (Entry e : stories) {
            if (!e.playerId.equals(playerId)) {
                continue;
            }
            boolean sameMove = destination == null || e.destination == null || destination.equals(e.destination);
            if (sameMove && (best == null || e.lastSeen.isAfter(best.lastSeen))) {
                best = e;
            }
        }
        return best;
    }

    private void forgetOlderThan(Instant cutoff) {
        Iterator<Entry> it = stories.iterator();
        while (it.hasNext()) {
            Entry e = it.next();
            if (e.lastSeen.isBefore(cutoff)) {
                it.remove();
            }
        }
    }
}
