package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import dev.rumourmill.rumours.Analysis;
import dev.rumourmill.rumours.Club;
import dev.rumourmill.rumours.KnowledgeBase;
import dev.rumourmill.rumours.Move;
import dev.rumourmill.rumours.MoveKind;
import dev.rumourmill.rumours.SourceTiers;
import dev.rumourmill.rumours.Story;
import dev.rumourmill.rumours.StoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the rumour engine's story event into the platform-neutral {@link StoryAlert} the alerts route. */
final class StoryAlerts {

    private final RumourEngineProvider engines;
    private final ContractLines contractLines;

    StoryAlerts(RumourEngineProvider engines, ContractLines contractLines) {
        this.engines = engines;
        this.contractLines = contractLines;
    }

    StoryAlert from(StoryEvent event, Analysis analysis, FeedSource feed, FeedEntry entry, Instant at) {
        Story story = event.story();
        KnowledgeBase knowledge = engines.knowledge();
        String destination = destination(story);
        String headline = headline(story.playerName(), destination, analysis.headline());
        List<SourceRef> sources = sources(story, analysis, knowledge, engines.tiers());
        List<SourceRef> latest = event.newSources().stream()
                .flatMap(id -> sources.stream().filter(ref -> knowledge.source(id).map(s -> s.name().equals(ref.name()))
                        .orElse(false)))
                .toList();
        AlertKind kind = StoryStep.kindOf(analysis);
        int bestRank = sources.stream().mapToInt(SourceRef::rank).min().orElse(4);
        int reports = story.articleIds().size();
        Set<String> clubs = new LinkedHashSet<>();
        analysis.clubs().forEach(club -> clubs.add(club.name()));
        if (destination != null) {
            clubs.add(destination);
        }
        return StoryAlert.builder(story.playerId() + ">" + (story.destinationClubId() == null ? "?" : story.destinationClubId()))
                .update(switch (event.kind()) {
                    case NEW_STORY -> StoryUpdate.NEW_STORY;
                    case STAGE_CHANGE -> StoryUpdate.STAGE_CHANGE;
                    case NEW_SOURCE -> StoryUpdate.NEW_SOURCE;
                    default -> StoryUpdate.CATCH_UP;
                })
                .kind(kind)
                .stage(story.stage().wire())
                .confidence(StoryLikelihood.of(kind, story.stage().wire(), bestRank, reports, analysis.confidence()))
                .headline(headline)
                .summary(analysis.summary())
                .players(List.of(story.playerName()))
                .clubs(new ArrayList<>(clubs))
                .contractLine(contractLines.forPlayer(story.playerName()).orElse(null))
                .sources(sources)
                .reports(reports)
                .latestSources(latest)
                .articleUrl(entry.link())
                .imageUrl(entry.image())
                .feedName(feed.name())
                .publishedAt(at)
                .build();
    }

    /**
     * "Ibrahima Konaté → Real Madrid (from Liverpool)": the story's player and destination with the
     * article's origin; only what the article states ("Jadon Sancho (Manchester United): transfer talk"
     * when it names no destination, "… : new contract at …" for a renewal).
     */
    static String headline(String player, String destination, Move move) {
        Club from = move == null ? null : move.fromClub();
        if (move != null && move.kind() == MoveKind.RENEWAL && move.toClub() != null) {
            return player + ": new contract at " + move.toClub().name();
        }
        if (destination == null) {
            return from == null ? player + ": transfer talk" : player + " (" + from.name() + "): transfer talk";
        }
        return from == null || from.name().equals(destination) ? player + " → " + destination
                : player + " → " + destination + " (from " + from.name() + ")";
    }

    /** The destination club's name as the knowledge base spells it, or null while the story names none. */
    String destination(Story story) {
        return story.destinationClubId() == null ? null
                : engines.knowledge().club(story.destinationClubId()).map(Club::name).orElse(null);
    }

    /** Every source of the story so far with its tier, best first; the article's own if the story has none. */
    static List<SourceRef> sources(Story story, Analysis analysis, KnowledgeBase knowledge, SourceTiers tiers) {
        List<SourceRef> refs = new ArrayList<>();
        for (String id : story.sourceIds()) {
            knowledge.source(id).ifPresentOrElse(
                    source -> refs.add(new SourceRef(source.name(), tiers.tierOf(source, null), source.id())),
                    () -> analysis.sources().stream().filter(s -> s.id().equals(id)).findFirst()
                            .ifPresent(s -> refs.add(new SourceRef(s.name(), s.tier(), s.id()))));
        }
        if (refs.isEmpty()) {
            analysis.sources().forEach(s -> refs.add(new SourceRef(s.name(), s.tier(), s.id())));
        }
        refs.sort(Comparator.comparingInt(SourceRef::rank));
        return refs;
    }
}
