package dev.rumourmill.feeds;

import java.net.URI;
import java.util.Locale;

/** Which answers are redirects, and where a redirect may lead: another web address, nothing else. */
final class Redirects {

    private Redirects() {
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static URI target(URI from, String location) throws FeedFetchException {
        URI target;
        try {
            target = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FeedFetchException("The server redirected to an invalid address: " + location);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FeedFetchException("The server redirected to a non-web address: " + location);
        }
        return target;
    }
}
