package io.netlink4j.nftables;

/**
 * The named chain priorities of {@code nft}. Their numbers depend on the family: the bridge
 * family has its own ({@code dstnat} -300, {@code filter} -200, {@code out} 100,
 * {@code srcnat} 300); every other family uses raw -300, mangle -150, dstnat -100, filter 0,
 * security 50, srcnat 100. Thread-safe (an enum).
 */
public enum Priority {
    RAW("raw", -300, null),
    MANGLE("mangle", -150, null),
    DSTNAT("dstnat", -100, -300),
    FILTER("filter", 0, -200),
    SECURITY("security", 50, null),
    SRCNAT("srcnat", 100, 300),
    /** Bridge family only. */
    OUT("out", null, 100);

    private final String nftName;
    private final Integer standard;
    private final Integer bridge;

    Priority(String nftName, Integer standard, Integer bridge) {
        this.nftName = nftName;
        this.standard = standard;
        this.bridge = bridge;
    }

    /** The name {@code nft} uses. */
    public String nftName() {
        return nftName;
    }

    /** The number this name stands for in {@code family}; IllegalArgumentException where nft does not define it. */
    public int value(Family family) {
        Integer v = family == Family.BRIDGE ? bridge : standard;
        if (v == null) {
            throw new IllegalArgumentException("priority " + nftName + " is not defined for family " + family);
        }
        return v;
    }

    /** The name of {@code value} in {@code family}, or null when it has none (printed as a number). */
    public static Priority named(Family family, int value) {
        for (Priority p : values()) {
            Integer v = family == Family.BRIDGE ? p.bridge : p.standard;
            if (v != null && v == value) {
                return p;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return nftName;
    }
}
