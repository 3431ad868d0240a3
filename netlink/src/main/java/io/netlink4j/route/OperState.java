package io.netlink4j.route;

/**
 * RFC 2863 operational state of a link ({@code IF_OPER_*}, IFLA_OPERSTATE), as {@code ip link}
 * prints it after {@code state}.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum OperState {
    UNKNOWN(IfLink.IF_OPER_UNKNOWN),
    NOTPRESENT(IfLink.IF_OPER_NOTPRESENT),
    DOWN(IfLink.IF_OPER_DOWN),
    LOWERLAYERDOWN(IfLink.IF_OPER_LOWERLAYERDOWN),
    TESTING(IfLink.IF_OPER_TESTING),
    DORMANT(IfLink.IF_OPER_DORMANT),
    UP(IfLink.IF_OPER_UP);

    private static final OperState[] VALUES = values();
    private final int value;

    OperState(int value) {
        this.value = value;
    }

    /** The kernel's number. */
    public int value() {
        return value;
    }

    /** The state numbered {@code v}; {@link #UNKNOWN} for numbers the kernel may add later. */
    public static OperState of(int v) {
        return v >= 0 && v < VALUES.length ? VALUES[v] : UNKNOWN;
    }
}
