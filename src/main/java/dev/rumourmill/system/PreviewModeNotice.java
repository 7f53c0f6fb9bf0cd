package dev.rumourmill.system;

import dev.rumourmill.config.RunMode;
import dev.rumourmill.config.BotProperties;
import java.io.PrintStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Tells the person at the terminal that nothing goes to Discord yet, and how to change that. */
class PreviewModeNotice {

    static final String LINE = "Preview mode: no DISCORD_TOKEN is set, so alerts are printed here instead of posted. "
            + "To connect to Discord, set DISCORD_TOKEN to your bot's token and start again (README: Discord setup).";

    private final RunMode runMode;
    private final BotProperties properties;
    private final PrintStream out;

    PreviewModeNotice(RunMode runMode, BotProperties properties, PrintStream out) {
        this.runMode = runMode;
        this.properties = properties;
        this.out = out;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (runMode.isPreview()) {
            out.println(LINE);
            out.println("Watching " + properties.feeds().size() + " feed(s); " + properties.alerts().size()
                    + " alert route(s) configured. Press Ctrl-C to stop.");
            out.flush();
        }
    }
}
