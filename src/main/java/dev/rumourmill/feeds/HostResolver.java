package dev.rumourmill.feeds;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The fetcher asks it once per connection and connects only to the
 * addresses it returned after checking them, so a DNS answer cannot change between check and connect.
 * Tests substitute their own to play DNS tricks without a DNS server.
 */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
