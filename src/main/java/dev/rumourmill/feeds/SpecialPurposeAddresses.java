package dev.rumourmill.feeds;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses a feed may never be fetched from: every block of the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (loopback, private, link-local, shared/CGN, benchmarking
 * 198.18.0.0/15, documentation, multicast, reserved …), any IPv6 address outside global unicast
 * 2000::/3, and every IPv6 form that carries an IPv4 address inside it. IPv4-mapped (::ffff:0:0/96) and
 * well-known NAT64 (64:ff9b::/96) addresses are judged by the IPv4 address they carry, so an IPv6-only
 * host behind DNS64 can still read public feeds; the deprecated IPv4-compatible form (::/96), 6to4
 * (2002::/16), Teredo (2001::/32, inside 2001::/23) and local-use NAT64 (64:ff9b:1::/48) are refused.
 */
final class SpecialPurposeAddresses {

    private record Block(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> IPV4 = blocks(
            "0.0.0.0/8",          // "this network"
            "10.0.0.0/8",         // private
            "100.64.0.0/10",      // shared address space (carrier-grade NAT)
            "127.0.0.0/8",        // loopback
            "169.254.0.0/16",     // link-local (cloud metadata services live here)
            "172.16.0.0/12",      // private
            "192.0.0.0/24",       // IETF protocol assignments
            "192.0.2.0/24",       // documentation TEST-NET-1
            "192.31.196.0/24",    // AS112
            "192.52.193.0/24",    // AMT
            "192.88.99.0/24",     // deprecated 6to4 relay anycast
            "192.168.0.0/16",     // private
            "192.175.48.0/24",    // AS112 direct delegation
            "198.18.0.0/15",      // benchmarking
            "198.51.100.0/24",    // documentation TEST-NET-2
            "203.0.113.0/24",     // documentation TEST-NET-3
            "224.0.0.0/4",        // multicast
            "240.0.0.0/4");       // reserved, and the limited broadcast 255.255.255.255

    private static final Block GLOBAL_UNICAST = block("2000::/3");
    private static final Block IPV4_MAPPED = block("::ffff:0:0/96");
    private static final Block NAT64 = block("64:ff9b::/96");

    private static final List<Block> IPV6_INSIDE_GLOBAL_UNICAST = blocks(
            "2001::/23",          // IETF protocol assignments, Teredo 2001::/32 among them
            "2001:db8::/32",      // documentation
            "2002::/16",          // 6to4, which embeds an IPv4 address
            "2620:4f:8000::/48",  // AS112
            "3fff::/20");         // documentation

    private SpecialPurposeAddresses() {
    }

    /** Whether the bot must not connect to this address. */
    static boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4.stream().anyMatch(block -> block.contains(bytes));
        }
        if (IPV4_MAPPED.contains(bytes) || NAT64.contains(bytes)) {
            return contains(embeddedIpv4(bytes));
        }
        return !GLOBAL_UNICAST.contains(bytes) || IPV6_INSIDE_GLOBAL_UNICAST.stream().anyMatch(block -> block.contains(bytes));
    }

    private static InetAddress embeddedIpv4(byte[] ipv6) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(ipv6, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static List<Block> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(SpecialPurposeAddresses::block).toList();
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            InetAddress prefix = InetAddress.getByName(cidr.substring(0, slash));
            byte[] bytes = prefix.getAddress();
            if (cidr.contains(":") && bytes.length == 4) {
                // Java reads ::ffff:a.b.c.d as an IPv4 address; the block itself is an IPv6 one.
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xFF;
                mapped[11] = (byte) 0xFF;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                bytes = mapped;
            }
            return new Block(bytes, Integer.parseInt(cidr.substring(slash + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address block: " + cidr, e);
        }
    }
}
