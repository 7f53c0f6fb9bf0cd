package dev.rumourmill.feeds;

import java.io.PrintStream;

/** Preview mode without a rumour engine: shows each new entry on the terminal. */
final class PreviewEntryHandler implements NewEntryHandler {

    private final PrintStream out;

    public PreviewEntryHandler(PrintStream out) {
        this.out = out;
    }

    @Override
    public void handle(FeedSource feed, FeedEntry entry) {
        out.println("[preview] " + feed.name() + ": " + entry.title() + (entry.link() == null ? "" : " " + entry.link()));
        out.flush();
    }
}
