package dev.rumourmill.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * One feed to watch.
 *
 * @param url      the RSS/Atom feed URL
 * @param name     a short name shown in alerts and /feeds list (defaults to the host)
 * @param interval how often to poll it (minimum 1m, default 5m)
 * @param preview  how many of the latest entries to deliver when the feed is first added (default 0:
 *                 everything already in the feed is marked as seen and nothing is posted)
 * @param guilds   the servers (guild ids) whose /feeds list shows this feed; empty = every server
 */
public record FeedProperties(URI url, String name, Duration interval, Integer preview, List<String> guilds) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);
    public static final Duration MINIMUM_INTERVAL = Duration.ofMinutes(1);

    @ConstructorBinding
    public FeedProperties {
        if (url == null) {
            throw new InvalidConfigException("url", "", "every feed needs a url, e.g. https://feeds.bbci.co.uk/sport/football/rss.xml");
        }
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || url.getHost() == null) {
            throw new InvalidConfigException("url", url, "a feed url must start with http:// or https:// and name a host");
        }
        if (url.getUserInfo() != null) {
            throw new InvalidConfigException("url", url.getScheme() + "://***@" + url.getHost(),
                    "remove the user name and password from the feed url");
        }
        name = name == null || name.isBlank() ? url.getHost() : name.trim();
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        if (interval.compareTo(MINIMUM_INTERVAL) < 0) {
            throw new InvalidConfigException("interval", interval.toSeconds() + "s",
                    "poll at most once a minute: use 1m or more, e.g. 5m");
        }
        if (url.toString().length() > 2000) {
            throw new InvalidConfigException("url", url.toString().substring(0, 60) + "…", "use a feed url of at most 2000 characters");
        }
        if (name != null && name.strip().length() > 100) {
            throw new InvalidConfigException("name", name.strip().substring(0, 60) + "…", "use a name of at most 100 characters");
        }
        preview = preview == null ? 0 : preview;
        if (preview < 0 || preview > 20) {
            throw new InvalidConfigException("preview", preview, "use a number from 0 to 20");
        }
        guilds = guilds == null ? List.of() : guilds.stream().map(guild -> Snowflakes.required("guilds", guild)).distinct().toList();
    }

    /** A feed for every server. */
    public FeedProperties(URI url, String name, Duration interval, Integer preview) {
        this(url, name, interval, preview, null);
    }
}
