package io.netlink4j.nftables.dsl;

/**
 * Connection tracking states ({@code ct state ...}) with the kernel's bit
 * (NF_CT_STATE_BIT / NF_CT_STATE_INVALID_BIT / NF_CT_STATE_UNTRACKED_BIT). Thread-safe (an enum).
 */
public enum CtState {
    INVALID(1, "invalid"),
    ESTABLISHED(2, "established"),
    RELATED(4, "related"),
    NEW(8, "new"),
    UNTRACKED(64, "untracked");

    private final int bit;
    private final String nftName;

    CtState(int bit, String nftName) {
        this.bit = bit;
        this.nftName = nftName;
    }

    /** The state's bit in the value {@code ct load state} gives. */
    public int bit() {
        return bit;
    }

    @Override
    public String toString() {
        return nftName;
    }
}
