package dev.rumourmill.feeds;

import java.time.Instant;

/**
 * What the first successful poll of a feed found. Everything in it is marked as seen, except the newest
 * {@code previewed} entries, which are handed on once (the feed's {@code preview} setting).
 *
 * @param items     entries in the feed
 * @param newest    the newest entry's date, or null when no entry is dated
 * @param previewed entries handed on as a preview
 * @param at        when it was polled
 */
record FirstPoll(FeedSource feed, int items, Instant newest, int previewed, Instant at) {
}
