package io.netlink4j.route;

/**
 * The tag protocol of a VLAN link (IFLA_VLAN_PROTOCOL, an Ethernet type).
 *
 * <p>Thread-safe (immutable enum).
 */
public enum VlanProtocol {
    /** IEEE 802.1Q, ethertype 0x8100: the default. */
    IEEE_802_1Q(0x8100, "802.1Q"),
    /** IEEE 802.1ad (QinQ), ethertype 0x88a8. */
    IEEE_802_1AD(0x88a8, "802.1ad");

    private final int ethertype;
    private final String ipName;

    VlanProtocol(int ethertype, String ipName) {
        this.ethertype = ethertype;
        this.ipName = ipName;
    }

    /** The ethertype, host value (sent big-endian). */
    public int ethertype() {
        return ethertype;
    }

    /** The word {@code ip} uses. */
    public String ipName() {
        return ipName;
    }

    /** The protocol of ethertype {@code v}, or null when unknown. */
    public static VlanProtocol of(int v) {
        for (VlanProtocol p : values()) {
            if (p.ethertype == v) {
                return p;
            }
        }
        return null;
    }
}
