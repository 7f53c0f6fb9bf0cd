package dev.rumourmill.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The /feeds use cases, always for one server (guild): a server sees, previews and removes only the feeds
 * it added and those bot-config.yml gives it. A feed is only added after one fetch and parse worked,
 * through the same fetcher the poller uses — so the private-address guard applies to the URL and to every
 * redirect.
 */
public final class FeedAdministration {

    static final int MAX_URL_LENGTH = 2000;

    /** What /feeds add found when it checked the feed. */
    public record AddedFeed(FeedSource feed, String title, int entries, String newestTitle) {
    }

    private final FeedRegistry registry;
    private final FeedStateStore states;
    private final FeedFetcher fetcher;
    private final RomeFeedParser parser;

    public FeedAdministration(FeedRegistry registry, FeedStateStore states, FeedFetcher fetcher, RomeFeedParser parser) {
        this.registry = registry;
        this.states = states;
        this.fetcher = fetcher;
        this.parser = parser;
    }

    public AddedFeed add(String guildId, String rawUrl, String name, Duration interval) {
        URI url = checkedUrl(rawUrl);
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new FeedAdminException("Poll a feed at most once a minute.");
        }
        Optional<FeedSource> registered = registry.find(url);
        if (registered.isPresent() && registry.ownership(registered.get(), guildId).isPresent()) {
            throw new FeedAdminException("This feed is already watched.");
        }
        ParsedFeed parsed = read(url);
        String shownName = name != null && !name.isBlank() ? name.strip()
                : !parsed.title().isBlank() ? parsed.title() : url.getHost();
        // Another server's feed keeps its name and interval: this server only joins it.
        FeedSource source = registered.orElseGet(() ->
                registry.add(url, cut(shownName, 100), interval, 0, FeedRegistry.Origin.COMMAND));
        registry.claim(source, guildId);
        String newest = parsed.entries().stream()
                .filter(e -> e.date() != null)
                .max(Comparator.comparing(FeedEntry::date))
                .or(() -> parsed.entries().stream().findFirst())
                .map(FeedEntry::title).orElse(null);
        return new AddedFeed(source, parsed.title(), parsed.entries().size(), newest);
    }

    public FeedSource remove(String guildId, String rawUrlOrName) {
        FeedSource feed = find(guildId, rawUrlOrName);
        if (registry.ownership(feed, guildId).orElse(FeedRegistry.Origin.COMMAND) == FeedRegistry.Origin.CONFIG) {
            throw new FeedAdminException("\"" + feed.name() + "\" is listed in bot-config.yml: remove it there and "
                    + "restart the bot.");
        }
        registry.release(feed, guildId);
        return feed;
    }

    /** This server's feeds with their health. */
    public List<FeedStateStore.FeedHealth> list(String guildId) {
        Set<Long> visible = registry.visibleTo(guildId).stream().map(FeedSource::id).collect(Collectors.toSet());
        return states.health().stream().filter(health -> visible.contains(health.feed().id())).toList();
    }

    /** The newest {@code count} entries of one of this server's feeds, read now. */
    public List<FeedEntry> preview(String guildId, String rawUrlOrName, int count) {
        FeedSource feed = find(guildId, rawUrlOrName);
        return read(feed.url()).entries().stream()
                .sorted(Comparator.comparing(FeedEntry::date, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(count)
                .toList();
    }

    /** Matches one of this server's feeds by URL or (case-insensitively) by name. */
    public FeedSource find(String guildId, String rawUrlOrName) {
        String wanted = Objects.requireNonNullElse(rawUrlOrName, "").strip();
        // Another server's feed is answered exactly like a feed that does not exist.
        return registry.visibleTo(guildId).stream()
                .filter(f -> f.url().toString().equals(wanted) || f.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new FeedAdminException("No watched feed is called \"" + cut(wanted, 200)
                        + "\". /feeds list shows them."));
    }

    static URI checkedUrl(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_URL_LENGTH) {
            throw new FeedAdminException("Give the feed's full URL, starting with https://.");
        }
        URI url;
        try {
            url = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new FeedAdminException("That is not a valid URL: " + e.getReason() + ".");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedAdminException("Only http:// and https:// feeds can be watched.");
        }
        if (url.getHost() == null) {
            throw new FeedAdminException("That URL has no host name.");
        }
        if (url.getRawUserInfo() != null) {
            throw new FeedAdminException("Feed URLs with a user name or password are refused: they would be stored "
                    + "and shown in plain text.");
        }
        return url;
    }

    private ParsedFeed read(URI url) {
        try {
            FetchResult result = fetcher.fetch(FetchRequest.unconditional(url));
            return parser.parse(result.body(), result.contentType(), url);
        } catch (FeedFetchException | FeedParseException e) {
            throw new FeedAdminException(e.getMessage());
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
