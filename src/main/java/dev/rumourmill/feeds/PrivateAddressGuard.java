package dev.rumourmill.feeds;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses feed URLs (and redirect targets) whose host resolves to a loopback, private, link-local or
 * otherwise internal address, so a feed URL cannot be used to probe the network the bot runs in.
 * Hosts an admin lists in {@code polling.allow-private-hosts} are trusted.
 */
final class PrivateAddressGuard {

    private final Set<String> allowedHosts;

    PrivateAddressGuard(List<String> allowedHosts) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    void check(URI url) throws FeedFetchException {
        String host = url.getHost();
        if (host == null) {
            throw new FeedFetchException("The URL " + url + " has no host name.");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new FeedFetchException("The host name " + host + " does not exist (DNS lookup failed).", null, e);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new FeedFetchException("Refused: " + host + " is a private or loopback address ("
                        + address.getHostAddress() + "). If you trust it, add " + bare
                        + " to polling.allow-private-hosts in bot-config.yml.");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64/10
                || (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || first >= 240;
    }
}
