package dev.rumourmill.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses feed hosts that resolve to a loopback, private, link-local or otherwise special-purpose
 * address ({@link SpecialPurposeAddresses}), so a feed URL cannot be used to probe the network the bot
 * runs in. The addresses it returns are the only ones the fetcher connects to. Hosts an admin lists in
 * {@code polling.allow-private-hosts} are trusted.
 */
final class PrivateAddressGuard {

    /** A refused host, raised from inside the HTTP client's DNS step; the message is for admins. */
    static final class Refused extends UnknownHostException {
        Refused(String message) {
            super(message);
        }
    }

    private final Set<String> allowedHosts;
    private final HostResolver resolver;

    PrivateAddressGuard(List<String> allowedHosts, HostResolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(PrivateAddressGuard::bare).collect(Collectors.toSet());
        this.resolver = resolver;
    }

    /**
     * Checks a URL's host if it is an address literal, which the HTTP client connects to without a DNS
     * step; a host name is checked in that DNS step ({@link #addressesFor}), so it is looked up only once.
     */
    void checkLiteral(URI url) throws FeedFetchException {
        if (url.getHost() == null) {
            throw new FeedFetchException("The URL " + url + " has no host name.");
        }
        String bare = bare(url.getHost());
        if (!isLiteral(bare)) {
            return;
        }
        if (!bare.contains(":") && !isDottedQuad(bare)) {
            // Java would look "2130706433" or "999.1.1.1" up in DNS after the check, or read it as 127.0.0.1.
            throw new FeedFetchException("Refused: " + bare + " is not a plain IPv4 address (four numbers from 0 to "
                    + "255 with dots); write the feed's address as a.b.c.d or use its host name.");
        }
        try {
            addressesFor(url.getHost());
        } catch (UnknownHostException e) {
            throw new FeedFetchException(e.getMessage());
        }
    }

    /** The addresses of {@code host}, every one of them checked; {@link Refused} if any is special-purpose. */
    List<InetAddress> addressesFor(String host) throws UnknownHostException {
        String bare = bare(host);
        // An address literal is read, never looked up, exactly as the HTTP client will read it.
        List<InetAddress> addresses = isLiteral(bare) ? List.of(InetAddress.getByName(bare)) : resolver.resolve(bare);
        if (allowedHosts.contains(bare)) {
            return addresses;
        }
        if (addresses.isEmpty()) {
            throw new UnknownHostException(bare);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new Refused("Refused: " + host + " is a private or loopback address ("
                        + address.getHostAddress() + "). If you trust it, add " + bare
                        + " to polling.allow-private-hosts in bot-config.yml.");
            }
        }
        return addresses;
    }

    static boolean isInternal(InetAddress address) {
        return SpecialPurposeAddresses.contains(address);
    }

    /** As the HTTP client decides it: digits and dots ("2130706433" too) or anything with a colon. */
    private static boolean isLiteral(String host) {
        return host.contains(":") || host.matches("[\\d.]+");
    }

    private static boolean isDottedQuad(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String host) {
        String stripped = host.strip().toLowerCase(Locale.ROOT);
        return stripped.startsWith("[") && stripped.endsWith("]") ? stripped.substring(1, stripped.length() - 1) : stripped;
    }
}
