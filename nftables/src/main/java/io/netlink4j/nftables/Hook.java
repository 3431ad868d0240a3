package io.netlink4j.nftables;

import io.netlink4j.core.error.MalformedMessageException;

/**
 * Where a base chain is attached. The kernel's hook number depends on the family
 * ({@link #number(Family)}): {@code input} is NF_INET_LOCAL_IN (1) for ip/ip6/inet/bridge but
 * NF_ARP_IN (0) for arp; {@code ingress} is NF_NETDEV_INGRESS (0) for netdev and
 * NF_INET_INGRESS (5) for inet. Thread-safe (an enum).
 */
public enum Hook {
    PREROUTING("prerouting"),
    INPUT("input"),
    FORWARD("forward"),
    OUTPUT("output"),
    POSTROUTING("postrouting"),
    /** Needs a device ({@link BaseChain#device()}); netdev and inet families. */
    INGRESS("ingress"),
    /** Needs a device; netdev family. */
    EGRESS("egress");

    private final String nftName;

    Hook(String nftName) {
        this.nftName = nftName;
    }

    /** The name {@code nft} uses. */
    public String nftName() {
        return nftName;
    }

    /** The kernel's hook number for this hook in {@code family}; IllegalArgumentException if the family has no such hook. */
    public int number(Family family) {
        switch (family) {
            case ARP:
                switch (this) {
                    case INPUT: return 0;
                    case OUTPUT: return 1;
                    case FORWARD: return 2;
                    default: break;
                }
                break;
            case NETDEV:
                switch (this) {
                    case INGRESS: return 0;
                    case EGRESS: return 1;
                    default: break;
                }
                break;
            case INET:
                if (this == INGRESS) {
                    return 5;
                }
                // fall through: the other inet hooks are numbered like ip's
            case IP:
            case IP6:
            case BRIDGE:
                switch (this) {
                    case PREROUTING: return 0;
                    case INPUT: return 1;
                    case FORWARD: return 2;
                    case OUTPUT: return 3;
                    case POSTROUTING: return 4;
                    default: break;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException("family " + family + " has no " + nftName + " hook");
    }

    /** The hook numbered {@code number} in {@code family}. */
    public static Hook of(Family family, int number) {
        for (Hook h : values()) {
            try {
                if (h.number(family) == number) {
                    return h;
                }
            } catch (IllegalArgumentException notInFamily) {
                // try the next
            }
        }
        throw new MalformedMessageException("unknown hook " + number + " for family " + family, 0);
    }

    @Override
    public String toString() {
        return nftName;
    }
}
