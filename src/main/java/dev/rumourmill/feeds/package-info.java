/**
 * Feeds: fetching ({@code HttpFeedFetcher}, private-address guard, limits), parsing ({@code RomeFeedParser}),
 * entry identity and the seen-entry store, polling and feed health, and the /feeds use cases ({@code
 * FeedAdministration}). Each new entry goes to a {@code NewEntryHandler} inside the transaction that marks it
 * seen. Wired by {@code FeedsConfiguration}; no JDA, no Spring beyond JDBC for its stores.
 */
package dev.rumourmill.feeds;
