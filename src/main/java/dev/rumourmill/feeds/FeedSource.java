package dev.rumourmill.feeds;

import java.net.URI;
import java.time.Duration;

/**
 * A feed the bot watches, as registered (from bot-config.yml or /feeds add).
 *
 * @param id       the database id
 * @param url      the feed URL, unique: many servers following one feed share it
 * @param name     the short name shown in alerts
 * @param interval how often to poll it when healthy
 * @param preview  how many of the newest entries to hand on when the feed is first polled
 */
public record FeedSource(long id, URI url, String name, Duration interval, int preview) {
}
