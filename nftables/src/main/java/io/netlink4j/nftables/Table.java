package io.netlink4j.nftables;

/**
 * An nf_tables table as the kernel lists it. Immutable, hence thread-safe.
 *
 * @param family the table's family
 * @param name   its name
 * @param flags  NFT_TABLE_F_* ({@link NfTables#NFT_TABLE_F_DORMANT}...)
 * @param handle the kernel's handle (0 when not known)
 * @param use    how many chains, sets and objects the table holds
 */
public record Table(Family family, String name, int flags, long handle, int use) {
    public Table {
        if (family == null) {
            throw new IllegalArgumentException("table family is null");
        }
        Names.check("table", name);
    }

    /** True when the table is dormant (its base chains are not attached to their hooks). */
    public boolean dormant() {
        return (flags & NfTables.NFT_TABLE_F_DORMANT) != 0;
    }

    /** As {@code nft -a list tables} prints it. */
    @Override
    public String toString() {
        return "table " + family + " " + name + (dormant() ? " { flags dormant; }" : "")
                + (handle != 0 ? " # handle " + handle : "");
    }
}
