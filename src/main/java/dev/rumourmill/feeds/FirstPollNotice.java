package dev.rumourmill.feeds;

import dev.rumourmill.config.RunMode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * One line per feed on its first poll, so that a fresh start shows the bot working instead of five silent
 * minutes: "BBC Sport football: 30 items, newest 12 min ago — marked as seen; new items will be posted".
 */
class FirstPollNotice implements FeedHealthListener {

    private final RunMode runMode;
    private final PrintStream out;

    FirstPollNotice(RunMode runMode, PrintStream out) {
        this.runMode = runMode;
        this.out = out;
    }

    @Override
    public void feedDisabled(FeedDisabled event) {
        // FeedPoller logs it; the admin channel hears of it elsewhere.
    }

    @Override
    public void firstPolled(FirstPoll poll) {
        out.println(line(poll, runMode.isPreview()));
        out.flush();
    }

    static String line(FirstPoll poll, boolean preview) {
        String future = preview ? "new items will be shown here" : "new items will be posted";
        StringBuilder line = new StringBuilder(poll.feed().name()).append(": ");
        if (poll.items() == 0) {
            return line.append("no items yet — ").append(future).toString();
        }
        line.append(poll.items()).append(poll.items() == 1 ? " item" : " items");
        line.append(poll.newest() == null ? ", none dated" : ", newest " + age(poll.newest(), poll.at()));
        int rest = poll.items() - poll.previewed();
        if (poll.previewed() == 0) {
            line.append(" — marked as seen");
        } else {
            line.append(" — the latest ").append(poll.previewed()).append(preview ? " shown below"
                    : " handed on as a preview");
            if (rest > 0) {
                line.append(", the other ").append(rest).append(" marked as seen");
            }
        }
        return line.append("; ").append(future).toString();
    }

    private static String age(Instant newest, Instant now) {
        Duration age = Duration.between(newest, now);
        if (age.isNegative()) {
            return "dated in the future (" + newest + ")";
        }
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toMinutes() < 120) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 48) {
            return age.toHours() + " h ago";
        }
        return age.toDays() + " days ago";
    }
}
