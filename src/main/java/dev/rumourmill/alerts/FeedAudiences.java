package dev.rumourmill.alerts;

import dev.rumourmill.feeds.FeedSource;

/** The alerts feature's port to feed ownership: which servers may see what a feed reports. */
@FunctionalInterface
interface FeedAudiences {

    FeedAudience of(FeedSource feed);
}
