package dev.rumourmill.alerts;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Preview mode's "Discord": prints each alert for a person to read, exactly as it was routed, and one line
 * per new feed entry saying what the rumour engine made of it.
 */
class PreviewAlertSender implements AlertSender, EntryVerdicts {

    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();

    PreviewAlertSender(PrintStream out) {
        this.out = out;
    }

    @Override
    public SendOutcome send(OutgoingAlert alert) {
        out.println(render(alert));
        out.flush();
        if (alert.action() == OutboxAction.THREAD || alert.action() == OutboxAction.PUBLISH) {
            return new SendOutcome.Sent(alert.targetMessageId(), alert.action() == OutboxAction.THREAD
                    ? alert.targetMessageId() : null, null);
        }
        return new SendOutcome.Sent("preview-" + ids.incrementAndGet());
    }

    @Override
    public boolean preview() {
        return true;
    }

    @Override
    public void verdict(FeedSource feed, FeedEntry entry, String verdict) {
        out.println("[preview] " + feed.name() + ": \"" + entry.title() + "\" " + (entry.link() == null ? "" : entry.link())
                + " → " + verdict);
        out.flush();
    }

    static String render(OutgoingAlert alert) {
        AlertMessage m = alert.message();
        String target = alert.targetMessageId();
        String what = switch (alert.action()) {
            case POST -> "new alert";
            case EDIT -> target == null ? "new alert" : "update of " + target;
            case REPLY -> target == null ? "new alert" : "reply to " + target;
            case THREAD -> "thread for the story on " + target;
            case PUBLISH -> "publish of " + target + " to following servers";
        };
        StringBuilder text = new StringBuilder()
                .append("──── [preview] ").append(what).append(" for channel ").append(alert.channelId()).append(" ────\n")
                .append(m.title()).append('\n');
        if (m.description() != null) {
            text.append(m.description()).append('\n');
        }
        text.append(m.fields().stream().map(f -> f.name() + ": " + f.value().replace("\n", " · "))
                .collect(Collectors.joining("\n")));
        if (m.url() != null) {
            text.append('\n').append(m.url());
        }
        return text.toString();
    }
}
