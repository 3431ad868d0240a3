package io.netlink4j.route;

import java.util.OptionalInt;
import java.util.Set;

/**
 * A network interface as the kernel reports it (RTM_NEWLINK): what {@code ip -d -s link show}
 * prints.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param index         interface index (ifi_index)
 * @param name          interface name (IFLA_IFNAME)
 * @param flags         interface flags (ifi_flags): UP, LOWER_UP, LOOPBACK...
 * @param operState     operational state (IFLA_OPERSTATE)
 * @param mtu           MTU (IFLA_MTU)
 * @param address       hardware address (IFLA_ADDRESS), or null if the link has none
 * @param broadcast     hardware broadcast address (IFLA_BROADCAST), or null
 * @param hardwareType  ARPHRD_* type (ifi_type): 1 Ethernet, 772 loopback...
 * @param kind          kind and kind-specific settings (IFLA_LINKINFO), or null for links
 *                      without one (loopback, physical NICs)
 * @param masterIndex   index of the bridge or bond this link is a port of (IFLA_MASTER), 0 if none
 * @param linkIndex     index of the parent (macvlan, vlan) or of the peer (veth) (IFLA_LINK),
 *                      0 if none; it counts in the namespace {@link #linkNetnsId} names when present
 * @param linkNetnsId   id, in this namespace, of the namespace {@link #linkIndex} lives in
 *                      (IFLA_LINK_NETNSID), when the peer or parent is elsewhere
 * @param txQueueLength transmit queue length (IFLA_TXQLEN)
 * @param stats         counters (IFLA_STATS64); {@link LinkStats#ZERO} if the kernel sent none
 */
public record Link(int index, String name, Set<LinkFlag> flags, OperState operState, int mtu,
                   MacAddress address, MacAddress broadcast, int hardwareType, LinkKind kind,
                   int masterIndex, int linkIndex, OptionalInt linkNetnsId, int txQueueLength,
                   LinkStats stats) {

    /** True when administratively up ({@code ip link set X up}). */
    public boolean isUp() {
        return flags.contains(LinkFlag.UP);
    }

    /** True when the driver reports carrier (LOWER_UP): a veth whose peer is up. */
    public boolean isLowerUp() {
        return flags.contains(LinkFlag.LOWER_UP);
    }

    /** The kind's name ({@code veth}, {@code bridge}...), or null for a link without one. */
    public String kindName() {
        return kind == null ? null : kind.kindName();
    }

    /** The name {@code ip} gives the hardware type ({@code ether}, {@code loopback}...). */
    public String linkType() {
        switch (hardwareType) {
            case IfLink.ARPHRD_ETHER:
                return "ether";
            case IfLink.ARPHRD_LOOPBACK:
                return "loopback";
            case IfLink.ARPHRD_NONE:
                return "none";
            case IfLink.ARPHRD_VOID:
                return "void";
            case IfLink.ARPHRD_TUNNEL:
                return "ipip";
            case IfLink.ARPHRD_TUNNEL6:
                return "tunnel6";
            case IfLink.ARPHRD_SIT:
                return "sit";
            case IfLink.ARPHRD_IPGRE:
                return "gre";
            case IfLink.ARPHRD_INFINIBAND:
                return "infiniband";
            case IfLink.ARPHRD_PPP:
                return "ppp";
            default:
                return "[" + hardwareType + "]";
        }
    }

    /**
     * The link in {@code ip -d link show} form:
     * <pre>
     * 2: veth01@if2: &lt;NO-CARRIER,BROADCAST,MULTICAST,UP&gt; mtu 1500 state DOWN qlen 1000
     *     link/ether 06:fd:2b:b7:3f:98 brd ff:ff:ff:ff:ff:ff link-netnsid 0
     *     veth
     * </pre>
     * Other links are named by index ({@code if2}), as ip names those it cannot see.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(160);
        sb.append(index).append(": ").append(name);
        if (linkIndex != 0 && (linkIndex != index || linkNetnsId.isPresent())) {
            sb.append("@if").append(linkIndex);
        }
        sb.append(": <");
        boolean first = true;
        if (flags.contains(LinkFlag.UP) && !flags.contains(LinkFlag.RUNNING)) {
            sb.append("NO-CARRIER");
            first = false;
        }
        for (LinkFlag f : flags) {
            if (f == LinkFlag.RUNNING) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            sb.append(f.name());
            first = false;
        }
        sb.append("> mtu ").append(mtu);
        if (masterIndex != 0) {
            sb.append(" master if").append(masterIndex);
        }
        sb.append(" state ").append(operState).append(" qlen ").append(txQueueLength);
        sb.append("\n    link/").append(linkType());
        if (address != null) {
            sb.append(' ').append(address);
        }
        if (broadcast != null) {
            sb.append(" brd ").append(broadcast);
        }
        if (linkNetnsId.isPresent()) {
            sb.append(" link-netnsid ").append(linkNetnsId.getAsInt());
        }
        if (kind != null) {
            sb.append("\n    ").append(kind);
        }
        return sb.toString();
    }
}
