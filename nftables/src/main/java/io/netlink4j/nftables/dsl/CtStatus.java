package io.netlink4j.nftables.dsl;

/**
 * Connection tracking status bits ({@code ct status ...}, enum ip_conntrack_status). Thread-safe
 * (an enum).
 */
public enum CtStatus {
    EXPECTED(1, "expected"),
    SEEN_REPLY(2, "seen-reply"),
    ASSURED(4, "assured"),
    CONFIRMED(8, "confirmed"),
    SNAT(16, "snat"),
    DNAT(32, "dnat"),
    DYING(512, "dying");

    private final int bit;
    private final String nftName;

    CtStatus(int bit, String nftName) {
        this.bit = bit;
        this.nftName = nftName;
    }

    public int bit() {
        return bit;
    }

    @Override
    public String toString() {
        return nftName;
    }
}
