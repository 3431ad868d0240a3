package io.netlink4j.route;

/**
 * How a macvlan talks to its siblings on the same parent ({@code MACVLAN_MODE_*}), as in
 * {@code ip link add ... type macvlan mode bridge}.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum MacvlanMode {
    /** No traffic between macvlans of the same parent. */
    PRIVATE(IfLink.MACVLAN_MODE_PRIVATE, "private"),
    /** Traffic between siblings goes out to the switch and back. */
    VEPA(IfLink.MACVLAN_MODE_VEPA, "vepa"),
    /** Siblings talk directly, bridged in the kernel. */
    BRIDGE(IfLink.MACVLAN_MODE_BRIDGE, "bridge"),
    /** One macvlan takes over the parent. */
    PASSTHRU(IfLink.MACVLAN_MODE_PASSTHRU, "passthru"),
    /** Accepts frames by source MAC only. */
    SOURCE(IfLink.MACVLAN_MODE_SOURCE, "source");

    private final int value;
    private final String ipName;

    MacvlanMode(int value, String ipName) {
        this.value = value;
        this.ipName = ipName;
    }

    /** The kernel's number. */
    public int value() {
        return value;
    }

    /** The word {@code ip} uses. */
    public String ipName() {
        return ipName;
    }

    /** The mode numbered {@code v}, or null if the kernel reports one this library does not know. */
    public static MacvlanMode of(int v) {
        for (MacvlanMode m : values()) {
            if (m.value == v) {
                return m;
            }
        }
        return null;
    }
}
