package io.netlink4j.nftables;

import io.netlink4j.core.error.MalformedMessageException;

/** The type of a base chain (NFTA_CHAIN_TYPE), as {@code nft} names it. Thread-safe (an enum). */
public enum ChainType {
    /** {@code filter}: any family, any hook. */
    FILTER("filter"),
    /** {@code nat}: ip, ip6, inet; prerouting, input, output, postrouting. */
    NAT("nat"),
    /** {@code route}: ip, ip6, inet; output (re-routes when marks or addresses change). */
    ROUTE("route");

    private final String nftName;

    ChainType(String nftName) {
        this.nftName = nftName;
    }

    /** The kernel's and nft's name. */
    public String nftName() {
        return nftName;
    }

    /** The type called {@code name}; MalformedMessageException if the kernel sent an unknown one. */
    public static ChainType ofName(String name) {
        for (ChainType t : values()) {
            if (t.nftName.equals(name)) {
                return t;
            }
        }
        throw new MalformedMessageException("unknown chain type \"" + name + "\"", 0);
    }

    @Override
    public String toString() {
        return nftName;
    }
}
