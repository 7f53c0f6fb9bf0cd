package dev.rumourmill.alerts;

import dev.rumourmill.rumours.Explanation;
import dev.rumourmill.rumours.Story;
import dev.rumourmill.rumours.StoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Puts into words what the main loop did with one entry: the {@link ArticleDecision} that {@code /why} shows. */
final class ArticleDecisions {

    /** Enough for the engine's explanation of a long article; the rest is cut with a note. */
    static final int EXPLANATION_LINES = 30;
    static final int LINE_LENGTH = 240;

    private ArticleDecisions() {
    }

    static ArticleDecision of(StoryStep.Outcome outcome, List<String> channels, Instant fetchedAt) {
        StoryStep.Analysed analysed = outcome.analysed();
        var entry = new ArticleDecision.Entry(analysed.feed().id(), analysed.entry().link(), analysed.entry().title(),
                fetchedAt);
        var reading = new ArticleDecision.Reading(analysed.analysis().label().wire(), analysed.analysis().confidence(),
                explanation(analysed.explanation()));
        StoryAlert alert = outcome.alert();
        if (outcome.event() == null || outcome.event().story() == null || alert == null) {
            String why = outcome.event() == null ? "no story: not transfer news"
                    : "no story: the article names no player to key a story on";
            return new ArticleDecision(0, entry, reading, new ArticleDecision.Filing(null, "NOT_A_STORY", why), null);
        }
        var filing = new ArticleDecision.Filing(alert.storyKey(), outcome.event().kind().name(), note(outcome.event(), alert));
        var routing = new ArticleDecision.Routing(alert.kind(), alert.stage(), alert.confidence(), alert.players(),
                alert.clubs(), alert.sources(), channels);
        return new ArticleDecision(0, entry, reading, filing, routing);
    }

    /** "started story #12 (Konaté → Real Madrid): …", one sentence saying which story and why that one. */
    static String note(StoryEvent event, StoryAlert alert) {
        Story story = event.story();
        String which = "story #" + story.id() + " (" + alert.headline() + ")";
        String same = ": the same player and destination within " + AlertPublisher.STORY_WINDOW.toDays() + " days";
        String noUpdate = " — channels that already have the story get no update";
        return switch (event.kind()) {
            case NEW_STORY -> "started " + which + ": no open story about " + story.playerName()
                    + (story.destinationClubId() == null ? "" : " with this destination") + " in the last "
                    + AlertPublisher.STORY_WINDOW.toDays() + " days";
            case NEW_SOURCE -> "joined " + which + same + "; new source(s): "
                    + (alert.latestSources().isEmpty() ? String.join(", ", event.newSources())
                    : alert.latestSources().stream().map(SourceRef::name).collect(Collectors.joining(", ")));
            case STAGE_CHANGE -> "moved " + which + " on to stage " + alert.stage() + same;
            case REPEAT -> "joined " + which + same + ", with nothing new (no new source, no further stage)" + noUpdate;
            case DUPLICATE -> "a syndicated copy of an article already in " + which
                    + ": its text matches one of the story's, so it is no new source" + noUpdate;
            case NOT_A_STORY -> "no story: the article names no player to key a story on";
        };
    }

    private static List<String> explanation(Explanation explanation) {
        if (explanation == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("label evidence: " + explanation.evidence());
        lines.add("label cues in headline and lede: " + (explanation.labelCues().isEmpty() ? "none"
                : String.join(", ", explanation.labelCues())));
        lines.addAll(explanation.moves().isEmpty() ? List.of("moves: none") : explanation.moves());
        List<String> cut = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(EXPLANATION_LINES, lines.size()))) {
            String flat = line.replace('\n', ' ');
            cut.add(flat.length() > LINE_LENGTH ? flat.substring(0, LINE_LENGTH - 1) + "…" : flat);
        }
        if (lines.size() > EXPLANATION_LINES) {
            cut.add("(" + (lines.size() - EXPLANATION_LINES) + " more line(s) not kept)");
        }
        return cut;
    }
}
