package io.netlink4j.route;

/**
 * RFC 2863 operational state of a link ({@code IF_OPER_*}, IFLA_OPERSTATE), as {@code ip link}
 * prints it after {@code state}.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum OperState {
    /** The driver does not report it (loopback, and links without carrier detection). */
    UNKNOWN(IfLink.IF_OPER_UNKNOWN),
    /** A component is missing. */
    NOTPRESENT(IfLink.IF_OPER_NOTPRESENT),
    /** Down: administratively, or without carrier. */
    DOWN(IfLink.IF_OPER_DOWN),
    /** The link it sits on is down (a macvlan on a down parent). */
    LOWERLAYERDOWN(IfLink.IF_OPER_LOWERLAYERDOWN),
    /** In test mode. */
    TESTING(IfLink.IF_OPER_TESTING),
    /** Waiting for an external event. */
    DORMANT(IfLink.IF_OPER_DORMANT),
    /** Up and able to pass packets. */
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
