package io.netlink4j.nftables;

/**
 * An nf_tables chain as the kernel lists it: a regular chain (a jump target) or a base chain
 * ({@link #base()} non-null) attached to a hook. Immutable, hence thread-safe.
 *
 * @param family the table's family
 * @param table  the table's name
 * @param name   the chain's name
 * @param handle the kernel's handle (0 when not known)
 * @param base   type, hook, priority, policy and device of a base chain; null for a regular chain
 * @param flags  NFT_CHAIN_* flags as listed (NFT_CHAIN_BASE...)
 * @param use    how many rules (and jumps) refer to the chain
 */
public record Chain(Family family, String table, String name, long handle, BaseChain base, int flags, int use) {
    public Chain {
        if (family == null) {
            throw new IllegalArgumentException("chain family is null");
        }
        Names.check("table", table);
        Names.check("chain", name);
    }

    /** True for a base chain. */
    public boolean isBase() {
        return base != null;
    }

    /** As {@code nft -a list chains} prints its header. */
    @Override
    public String toString() {
        return "chain " + family + " " + table + " " + name
                + (base != null ? " { " + base.describe(family) + " }" : "")
                + (handle != 0 ? " # handle " + handle : "");
    }
}
