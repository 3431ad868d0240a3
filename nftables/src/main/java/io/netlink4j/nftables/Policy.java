package io.netlink4j.nftables;

import io.netlink4j.core.error.MalformedMessageException;

/** What a base chain does with a packet no rule decided on (NFTA_CHAIN_POLICY). Thread-safe (an enum). */
public enum Policy {
    /** NF_ACCEPT (1), the kernel's default. */
    ACCEPT(1),
    /** NF_DROP (0). */
    DROP(0);

    private final int verdict;

    Policy(int verdict) {
        this.verdict = verdict;
    }

    /** The verdict code the kernel stores. */
    public int verdict() {
        return verdict;
    }

    /** The policy with verdict code {@code code}. */
    public static Policy ofVerdict(int code) {
        for (Policy p : values()) {
            if (p.verdict == code) {
                return p;
            }
        }
        throw new MalformedMessageException("unknown chain policy verdict " + code, 0);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
