package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.expr.NatFlags;

/**
 * Port and address selection options of {@code masquerade}, {@code snat} and {@code dnat}, with
 * their NF_NAT_RANGE_* flag. Thread-safe (an enum).
 */
public enum NatOption {
    /** {@code random}: randomised source port mapping. */
    RANDOM(NatFlags.PROTO_RANDOM, "random"),
    /** {@code fully-random}: fully randomised (prandom) port mapping. */
    FULLY_RANDOM(NatFlags.PROTO_RANDOM_FULLY, "fully-random"),
    /** {@code persistent}: the same address for a client across connections. */
    PERSISTENT(NatFlags.PERSISTENT, "persistent");

    private final int flag;
    private final String nftName;

    NatOption(int flag, String nftName) {
        this.flag = flag;
        this.nftName = nftName;
    }

    public int flag() {
        return flag;
    }

    @Override
    public String toString() {
        return nftName;
    }
}
