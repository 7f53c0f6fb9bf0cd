package dev.rumourmill.alerts;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Preview mode's "Discord": prints each alert for a person to read, exactly as it was routed. */
@Component
public class PreviewAlertSender implements AlertSender {

    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();

    public PreviewAlertSender(@Qualifier("previewOut") PrintStream out) {
        this.out = out;
    }

    @Override
    public SendOutcome send(OutboxRow row, String targetMessageId) {
        out.println(render(row, targetMessageId));
        out.flush();
        return new SendOutcome.Sent("preview-" + ids.incrementAndGet());
    }

    @Override
    public boolean preview() {
        return true;
    }

    static String render(OutboxRow row, String targetMessageId) {
        AlertMessage m = row.message();
        String what = switch (row.action()) {
            case POST -> "new alert";
            case EDIT -> targetMessageId == null ? "new alert" : "update of " + targetMessageId;
            case REPLY -> targetMessageId == null ? "new alert" : "reply to " + targetMessageId;
        };
        StringBuilder text = new StringBuilder()
                .append("──── [preview] ").append(what).append(" for channel ").append(row.channelId()).append(" ────\n")
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
