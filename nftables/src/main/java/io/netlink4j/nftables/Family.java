package io.netlink4j.nftables;

import io.netlink4j.core.error.MalformedMessageException;

/**
 * An nf_tables address family, as {@code nft} names it, with the kernel's NFPROTO number
 * (the {@code nfgen_family} of every request). Thread-safe (an enum).
 */
public enum Family {
    /** {@code ip}: IPv4 (NFPROTO_IPV4). */
    IP(2, "ip"),
    /** {@code ip6}: IPv6 (NFPROTO_IPV6). */
    IP6(10, "ip6"),
    /** {@code inet}: IPv4 and IPv6 together (NFPROTO_INET). */
    INET(1, "inet"),
    /** {@code arp} (NFPROTO_ARP). */
    ARP(3, "arp"),
    /** {@code bridge}: frames crossing a bridge (NFPROTO_BRIDGE). */
    BRIDGE(7, "bridge"),
    /** {@code netdev}: ingress/egress of one device (NFPROTO_NETDEV). */
    NETDEV(5, "netdev");

    private final int number;
    private final String nftName;

    Family(int number, String nftName) {
        this.number = number;
        this.nftName = nftName;
    }

    /** The NFPROTO_* number. */
    public int number() {
        return number;
    }

    /** The name {@code nft} uses ({@code "inet"}). */
    public String nftName() {
        return nftName;
    }

    /** The family with NFPROTO number {@code number}; MalformedMessageException if there is none. */
    public static Family ofNumber(int number) {
        for (Family f : values()) {
            if (f.number == number) {
                return f;
            }
        }
        throw new MalformedMessageException("unknown nf_tables family " + number, 0);
    }

    /** The family {@code nft} calls {@code name} ({@code "ip6"}); IllegalArgumentException if none. */
    public static Family of(String name) {
        for (Family f : values()) {
            if (f.nftName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown nf_tables family: " + name);
    }

    @Override
    public String toString() {
        return nftName;
    }
}
