package io.netlink4j.nftables.expr;

/**
 * The NF_NAT_RANGE_* flags of {@code linux/netfilter/nf_nat.h}, as carried by the nat, masq
 * and redir expressions. Thread-safe (constants only).
 */
public final class NatFlags {
    public static final int MAP_IPS = 1 << 0;
    public static final int PROTO_SPECIFIED = 1 << 1;
    public static final int PROTO_RANDOM = 1 << 2;
    public static final int PERSISTENT = 1 << 3;
    public static final int PROTO_RANDOM_FULLY = 1 << 4;
    public static final int PROTO_OFFSET = 1 << 5;
    public static final int NETMAP = 1 << 6;

    private NatFlags() {}

    static String hex(int flags) {
        return "0x" + Integer.toHexString(flags);
    }
}
