package dev.rumourmill.alerts;

import dev.rumourmill.feeds.FeedEntry;
import dev.rumourmill.feeds.FeedSource;

/**
 * Where the pipeline says what it made of each new entry ("rumour, new story, alert for 2 channel(s)"): the
 * preview sender prints it for the admin at the terminal; a connected bot says nothing.
 */
interface EntryVerdicts {

    EntryVerdicts NONE = (feed, entry, verdict) -> {
    };

    void verdict(FeedSource feed, FeedEntry entry, String verdict);
}
