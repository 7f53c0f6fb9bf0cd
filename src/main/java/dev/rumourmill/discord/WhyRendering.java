package dev.rumourmill.discord;

import dev.rumourmill.alerts.ArticleDecision;
import dev.rumourmill.alerts.OutboxAction;
import dev.rumourmill.alerts.OutboxRow;
import dev.rumourmill.alerts.WhyReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * Renders a {@link WhyReport}: an embed when it fits Discord's 4,096-character description, else a short embed
 * (each channel's verdict) with the whole report as {@code why.txt}. Feed text is escaped in the embed.
 */
final class WhyRendering {

    static final int EMBED_TEXT = 4_000;
    static final String FILE_NAME = "why.txt";
    private static final int NEVER_SEEN_FEEDS = 25;

    private WhyRendering() {
    }

    static Reply render(WhyReport report, String guildId) {
        String title = cut("Why: " + report.link(), 256);
        if (report.neverSeen()) {
            return Reply.embed(ReplyEmbed.titled(title).withDescription(neverSeen(report))).privately();
        }
        String full = text(report, guildId, Markdown::escape, true);
        if (full.length() <= EMBED_TEXT) {
            return Reply.embed(ReplyEmbed.titled(title).withDescription(full)).privately();
        }
        String note = "\nThe whole report is attached as " + FILE_NAME + ".";
        String summary = cut(verdicts(report, guildId), EMBED_TEXT - note.length()) + note;
        return Reply.embed(ReplyEmbed.titled(title).withDescription(summary)).privately()
                .withFile(new ReplyFile(FILE_NAME, text(report, guildId, text -> text == null ? "" : text, false)
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private static String neverSeen(WhyReport report) {
        StringBuilder text = new StringBuilder("Never seen: none of this server's feeds had this article in the last 14 days "
                + "(links are compared without tracking parameters, fragments, trailing slashes and www.).\n");
        if (report.watchedFeeds().isEmpty()) {
            return text.append("This server watches no feeds yet: add one with /feeds add.").toString();
        }
        text.append("This server's feeds (").append(report.watchedFeeds().size()).append("): ");
        text.append(String.join(", ", report.watchedFeeds().stream().limit(NEVER_SEEN_FEEDS).map(Markdown::escape).toList()));
        if (report.watchedFeeds().size() > NEVER_SEEN_FEEDS) {
            text.append(" and ").append(report.watchedFeeds().size() - NEVER_SEEN_FEEDS).append(" more");
        }
        return cut(text.toString(), EMBED_TEXT);
    }

    private static String text(WhyReport report, String guildId, UnaryOperator<String> escape, boolean markdown) {
        StringBuilder text = new StringBuilder();
        for (WhyReport.Sighting sighting : report.sightings()) {
            ArticleDecision d = sighting.decision();
            text.append(bold("From " + escape.apply(sighting.feedName()), markdown)).append(" · fetched ")
                    .append(time(d.entry().fetchedAt(), markdown)).append('\n');
            if (d.entry().title() != null) {
                text.append("Title: ").append(escape.apply(d.entry().title())).append('\n');
            }
            text.append(bold("Label:", markdown)).append(' ').append(d.reading().label()).append(" (")
                    .append(Math.round(d.reading().confidence() * 100)).append("%)\n");
            for (String line : d.reading().explanation()) {
                text.append(markdown ? "> " : "  ").append(escape.apply(line)).append('\n');
            }
            text.append(bold("Story:", markdown)).append(' ').append(escape.apply(d.filing().note())).append('\n');
            if (d.routing() == null) {
                text.append("No story, so no subscription was asked.\n");
            } else if (sighting.channels().isEmpty()) {
                text.append("No channel of this server follows anything.\n");
            } else {
                text.append(bold("This server's channels:", markdown)).append('\n');
                sighting.channels().forEach(verdict -> text.append(verdict(verdict, guildId, escape, markdown)).append('\n'));
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** Only each channel's verdict, for the embed beside a long report's file. */
    private static String verdicts(WhyReport report, String guildId) {
        StringBuilder text = new StringBuilder();
        for (WhyReport.Sighting sighting : report.sightings()) {
            text.append("**From ").append(Markdown.escape(sighting.feedName())).append("**: ")
                    .append(sighting.decision().reading().label()).append('\n');
            sighting.channels().forEach(verdict -> text.append(verdict(verdict, guildId, Markdown::escape, true)).append('\n'));
        }
        return text.toString();
    }

    private static String verdict(WhyReport.ChannelVerdict verdict, String guildId, UnaryOperator<String> escape,
            boolean markdown) {
        String channel = markdown ? "<#" + verdict.channelId() + ">" : "#" + verdict.channelId();
        String mark = switch (verdict.outcome()) {
            case QUEUED -> "✅";
            case NOTHING_NEW -> "➖";
            case FILTERED -> "⛔";
        };
        String line = mark + " " + channel + " " + escape.apply(verdict.reason());
        return verdict.delivery() == null ? line
                : line + " — " + delivery(verdict.delivery(), guildId, verdict.channelId(), escape, markdown);
    }

    static String delivery(WhyReport.Delivery delivery, String guildId, String channelId, UnaryOperator<String> escape,
            boolean markdown) {
        OutboxRow.Progress progress = delivery.progress();
        String what = action(delivery.action());
        return switch (progress.status()) {
            case SENT -> progress.messageId() == null
                    ? what + " not sent on its own: " + escape.apply(progress.lastError())
                    : what + " sent: https://discord.com/channels/" + guildId + "/" + channelId + "/" + progress.messageId();
            case PARKED -> what + " parked (not sent): " + escape.apply(progress.lastError());
            case PENDING -> what + " queued" + (delivery.heldByHourlyCap()
                    ? ", held back by the channel's max-per-hour until " + time(progress.nextAttemptAt(), markdown)
                    : progress.attempts() > 0 ? ", Discord refused it " + progress.attempts() + " time(s) so far ("
                            + escape.apply(progress.lastError()) + "), next try " + time(progress.nextAttemptAt(), markdown)
                    : ", goes out " + time(progress.nextAttemptAt(), markdown));
        };
    }

    private static String action(OutboxAction action) {
        return switch (action) {
            case POST -> "new message";
            case EDIT -> "edit of the story's message";
            case REPLY -> "stage-change reply";
            case THREAD -> "the story's thread";
            case PUBLISH -> "publish to following servers";
        };
    }

    private static String bold(String text, boolean markdown) {
        return markdown ? "**" + text + "**" : text;
    }

    private static String time(Instant instant, boolean markdown) {
        return markdown ? "<t:" + instant.getEpochSecond() + ":f>" : instant.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
