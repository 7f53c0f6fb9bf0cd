package dev.rumourmill.feeds;

import java.time.Instant;

/**
 * A feed stopped being polled after too many failures in a row; the alerts feature tells the channels
 * that follow it.
 *
 * @param feed                the feed
 * @param consecutiveFailures how many polls failed in a row
 * @param lastError           the last problem in plain words
 * @param at                  when it was disabled
 */
record FeedDisabled(FeedSource feed, int consecutiveFailures, String lastError, Instant at) {
}
