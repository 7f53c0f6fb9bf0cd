package dev.rumourmill.alerts;

import dev.rumourmill.config.AlertKind;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a story into the alert a channel sees: headline, summary, sources with tier badges, a confidence
 * meter, the contract line, the article link and a timestamp — escaped and cut to Discord's limits.
 */
final class AlertMessageFactory {

    static final int RUMOUR_COLOUR = 0xF1C40F;
    static final int CONFIRMED_COLOUR = 0x2ECC71;
    static final int DENIAL_COLOUR = 0xE74C3C;

    /** The alert without any mention. */
    public AlertMessage create(StoryAlert story, Subscription subscription) {
        return create(story, subscription, false);
    }

    /**
     * The alert; with {@code ping} (this update is the story's one ping, {@link StagePings}) the subscription's
     * role is mentioned above it and is the only mention allowed.
     */
    public AlertMessage create(StoryAlert story, Subscription subscription, boolean ping) {
        String title = DiscordLimits.cut(prefix(story.kind()) + ChatText.escape(story.headline()), DiscordLimits.TITLE);
        String description = DiscordLimits.cut(ChatText.escape(story.summary()), DiscordLimits.DESCRIPTION);
        List<AlertField> fields = new ArrayList<>();
        if (!story.sources().isEmpty()) {
            String name = story.reports() > 1 ? "Sources · " + story.reports() + " reports"
                    : story.sources().size() > 1 ? "Sources" : "Source";
            fields.add(field(name, sources(story)));
        }
        fields.add(field("Confidence", meter(story.confidence()), true));
        if (story.stage() != null && !story.stage().isBlank()) {
            fields.add(field("Stage", ChatText.escape(story.stage()), true));
        }
        if (story.contractLine() != null && !story.contractLine().isBlank()) {
            fields.add(field("Contract", ChatText.escape(story.contractLine()), false));
        }
        String footer = story.feedName() == null ? "Rumour Mill" : "Rumour Mill · via " + ChatText.plain(story.feedName());
        String role = ping ? subscription.pingRole() : null;
        AlertMessage.Card card = new AlertMessage.Card(
                title,
                DiscordLimits.url(story.articleUrl()),
                description,
                fields.subList(0, Math.min(fields.size(), DiscordLimits.FIELDS)),
                DiscordLimits.url(story.imageUrl()),
                DiscordLimits.cut(footer, DiscordLimits.FOOTER),
                story.publishedAt(),
                colour(story.kind()));
        return DiscordLimits.fit(new AlertMessage(role == null ? null : "<@&" + role + ">", card, role, null, tags(story)));
    }

    /** A short follow-up for a stage change, sent as a reply to the story's first alert. */
    public AlertMessage stageChange(StoryAlert story, Subscription subscription, boolean ping) {
        AlertMessage full = create(story, subscription, ping);
        String stage = story.stage() == null ? "update" : story.stage();
        String title = DiscordLimits.cut("Update: " + ChatText.escape(stage) + " · " + ChatText.escape(story.headline()),
                DiscordLimits.TITLE);
        return DiscordLimits.fit(new AlertMessage(full.content(), new AlertMessage.Card(title, full.url(),
                full.description(), full.fields(), full.thumbnailUrl(), full.footer(), full.timestamp(), full.colour()),
                full.pingRoleId(), full.style(), full.tags()));
    }

    /** A forum post's tags: the story's clubs, then its stage (plain text: tag names show no markdown). */
    static List<String> tags(StoryAlert story) {
        List<String> tags = new ArrayList<>(story.clubs().stream().limit(AlertMessage.MAX_TAGS - 1L).toList());
        if (story.stage() != null && !story.stage().isBlank()) {
            tags.add(story.stage());
        }
        return tags;
    }

    static String meter(double confidence) {
        int filled = (int) Math.round(confidence * 5);
        return "▰".repeat(filled) + "▱".repeat(5 - filled) + " " + Math.round(confidence * 100) + "%";
    }

    /** Every source, best tier first; then who reported it most recently, when that was another outlet. */
    private static String sources(StoryAlert story) {
        String all = story.sources().stream().map(AlertMessageFactory::format).collect(Collectors.joining(" · "));
        if (story.reports() < 2 || story.latestSources().isEmpty()) {
            return all;
        }
        return all + "\nAlso reported by " + story.latestSources().stream()
                .map(source -> ChatText.escape(source.name())).collect(Collectors.joining(", "));
    }

    /** "Mail Sport (tier 3)", with its record on the server once there is one: "Mail Sport (tier 3 · 7/9 on this server)". */
    private static String format(SourceRef source) {
        String record = source.record().exists() ? " · " + source.record().score() + " on this server" : "";
        return ChatText.escape(source.name()) + " (" + source.badge() + record + ")";
    }

    private static String prefix(AlertKind kind) {
        return switch (kind) {
            case RUMOUR -> "🔄 ";
            case CONFIRMED -> "✅ Official: ";
            case DENIAL -> "❌ Denied: ";
        };
    }

    private static int colour(AlertKind kind) {
        return switch (kind) {
            case RUMOUR -> RUMOUR_COLOUR;
            case CONFIRMED -> CONFIRMED_COLOUR;
            case DENIAL -> DENIAL_COLOUR;
        };
    }

    private static AlertField field(String name, String value) {
        return field(name, value, false);
    }

    private static AlertField field(String name, String value, boolean inline) {
        return new AlertField(DiscordLimits.cut(name, DiscordLimits.FIELD_NAME),
                DiscordLimits.cut(value, DiscordLimits.FIELD_VALUE), inline);
    }

}
