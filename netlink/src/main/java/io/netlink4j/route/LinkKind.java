package io.netlink4j.route;

import java.net.InetAddress;

/**
 * What kind of link a link is (IFLA_LINKINFO / IFLA_INFO_KIND) and its kind-specific settings
 * (IFLA_INFO_DATA): the {@code type ...} part of {@code ip link add}, and the kind line of
 * {@code ip -d link show}.
 *
 * <p>The same records describe a link to create ({@link LinkSpec}) and a link the kernel
 * reports ({@link Link#kind()}). Kinds this library does not model arrive as {@link Other}.
 * Immutable, hence thread-safe.
 */
public sealed interface LinkKind permits LinkKind.Veth, LinkKind.Bridge, LinkKind.Macvlan,
        LinkKind.Vxlan, LinkKind.Vlan, LinkKind.Other {

    /** The kernel's kind string ({@code veth}, {@code bridge}, ...). */
    String kindName();

    /** A veth pair whose other end is {@code peer}. */
    static Veth veth(VethPeer peer) {
        if (peer == null) {
            throw new IllegalArgumentException("a veth needs a peer");
        }
        return new Veth(peer);
    }

    /** A bridge with the kernel's defaults (no STP, no VLAN filtering). */
    static Bridge bridge() {
        return new Bridge(false, false);
    }

    /** A macvlan in {@code mode}. */
    static Macvlan macvlan(MacvlanMode mode) {
        return new Macvlan(mode);
    }

    /**
     * A VXLAN with network identifier {@code vni} on the IANA port 4789 (the kernel's own default
     * is the legacy 8472; ip warns about it), no local or remote address and no underlying device.
     *
     * @throws IllegalArgumentException if {@code vni} is outside 0..16777215
     */
    static Vxlan vxlan(int vni) {
        return new Vxlan(vni, Vxlan.IANA_PORT, null, null, null).validate();
    }

    /**
     * An 802.1Q VLAN with tag {@code id} (its parent is {@link LinkSpec#parent()}).
     *
     * @throws IllegalArgumentException if {@code id} is outside 1..4094
     */
    static Vlan vlan(int id) {
        return new Vlan(id, VlanProtocol.IEEE_802_1Q).validate();
    }

    /**
     * A veth. When creating one, {@code peer} describes the other end; a veth the kernel reports
     * has a null peer (the kernel does not describe it: its index is {@link Link#linkIndex()}).
     *
     * @param peer the other end, or null in a reported link
     */
    record Veth(VethPeer peer) implements LinkKind {
        @Override
        public String kindName() {
            return "veth";
        }

        @Override
        public String toString() {
            return peer == null ? "veth" : "veth peer " + peer;
        }
    }

    /**
     * A bridge.
     *
     * @param stp           spanning tree on (IFLA_BR_STP_STATE)
     * @param vlanFiltering VLAN filtering on (IFLA_BR_VLAN_FILTERING)
     */
    record Bridge(boolean stp, boolean vlanFiltering) implements LinkKind {
        @Override
        public String kindName() {
            return "bridge";
        }

        /** This bridge with spanning tree on or off. */
        public Bridge withStp(boolean on) {
            return new Bridge(on, vlanFiltering);
        }

        /** This bridge with VLAN filtering on or off. */
        public Bridge withVlanFiltering(boolean on) {
            return new Bridge(stp, on);
        }

        @Override
        public String toString() {
            return "bridge stp_state " + (stp ? 1 : 0) + " vlan_filtering " + (vlanFiltering ? 1 : 0);
        }
    }

    /**
     * A macvlan on a parent link ({@link LinkSpec#parent()}, IFLA_LINK).
     *
     * @param mode its mode; null only in a reported link whose mode this library does not know
     */
    record Macvlan(MacvlanMode mode) implements LinkKind {
        @Override
        public String kindName() {
            return "macvlan";
        }

        @Override
        public String toString() {
            return "macvlan mode " + (mode == null ? "?" : mode.ipName());
        }
    }

    /**
     * A VXLAN tunnel endpoint.
     *
     * @param vni    VXLAN network identifier, 0..16777215 (IFLA_VXLAN_ID)
     * @param port   UDP destination port (IFLA_VXLAN_PORT); 0 lets the kernel pick its default
     * @param local  local source address (IFLA_VXLAN_LOCAL/LOCAL6), or null
     * @param remote remote endpoint or multicast group (IFLA_VXLAN_GROUP/GROUP6), or null
     * @param device underlying device (IFLA_VXLAN_LINK), or null; a reported link names it by index
     */
    record Vxlan(int vni, int port, InetAddress local, InetAddress remote, LinkRef device) implements LinkKind {
        /** The IANA VXLAN port. */
        public static final int IANA_PORT = 4789;
        /** The largest VNI (24 bits). */
        public static final int MAX_VNI = (1 << 24) - 1;

        @Override
        public String kindName() {
            return "vxlan";
        }

        /** Checks the values a request will carry. */
        Vxlan validate() {
            if (vni < 0 || vni > MAX_VNI) {
                throw new IllegalArgumentException("VXLAN id " + vni + " is out of range 0.." + MAX_VNI);
            }
            if (port < 0 || port > 0xffff) {
                throw new IllegalArgumentException("VXLAN port " + port + " is out of range 0..65535");
            }
            if (local != null && remote != null && Family.of(local) != Family.of(remote)) {
                throw new IllegalArgumentException("VXLAN local " + IpAddresses.format(local) + " and remote "
                        + IpAddresses.format(remote) + " are of different families");
            }
            return this;
        }

        /** This VXLAN on UDP port {@code port}. */
        public Vxlan withPort(int port) {
            return new Vxlan(vni, port, local, remote, device).validate();
        }

        /** This VXLAN sending from {@code local}. */
        public Vxlan withLocal(InetAddress local) {
            return new Vxlan(vni, port, local, remote, device).validate();
        }

        /** This VXLAN sending from {@code local} (an address literal). */
        public Vxlan withLocal(String local) {
            return withLocal(IpAddresses.parse(local));
        }

        /** This VXLAN sending to {@code remote} (a unicast peer or a multicast group). */
        public Vxlan withRemote(InetAddress remote) {
            return new Vxlan(vni, port, local, remote, device).validate();
        }

        /** This VXLAN sending to {@code remote} (an address literal). */
        public Vxlan withRemote(String remote) {
            return withRemote(IpAddresses.parse(remote));
        }

        /** This VXLAN over the device named {@code device} (ip's {@code dev}). */
        public Vxlan withDevice(String device) {
            return new Vxlan(vni, port, local, remote, LinkRef.name(device)).validate();
        }

        /** This VXLAN over the device of index {@code device}. */
        public Vxlan withDevice(int device) {
            return new Vxlan(vni, port, local, remote, LinkRef.index(device)).validate();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("vxlan id ").append(vni);
            if (remote != null) {
                sb.append(remote.isMulticastAddress() ? " group " : " remote ").append(IpAddresses.format(remote));
            }
            if (local != null) {
                sb.append(" local ").append(IpAddresses.format(local));
            }
            if (device != null) {
                sb.append(" dev ").append(device);
            }
            return sb.append(" dstport ").append(port).toString();
        }
    }

    /**
     * A VLAN on a parent link ({@link LinkSpec#parent()}, IFLA_LINK).
     *
     * @param id       VLAN id, 1..4094 when creating (IFLA_VLAN_ID)
     * @param protocol tag protocol; null only in a reported link with an unknown one
     */
    record Vlan(int id, VlanProtocol protocol) implements LinkKind {
        /** The largest usable VLAN id. */
        public static final int MAX_ID = 4094;

        @Override
        public String kindName() {
            return "vlan";
        }

        /** Checks the values a request will carry. */
        Vlan validate() {
            if (id < 1 || id > MAX_ID) {
                throw new IllegalArgumentException("VLAN id " + id + " is out of range 1.." + MAX_ID);
            }
            if (protocol == null) {
                throw new IllegalArgumentException("VLAN protocol must not be null");
            }
            return this;
        }

        /** This VLAN with tag protocol {@code p}. */
        public Vlan withProtocol(VlanProtocol p) {
            return new Vlan(id, p).validate();
        }

        @Override
        public String toString() {
            return "vlan protocol " + (protocol == null ? "?" : protocol.ipName()) + " id " + id;
        }
    }

    /**
     * Any other kind ({@code dummy}, {@code ipip}, {@code wireguard}...): created with no
     * kind-specific settings, reported by its kind string only.
     *
     * @param kind the kernel's kind string
     */
    record Other(String kind) implements LinkKind {
        /** Checks the kind is a plain ASCII word, as the kernel's kind names are. */
        public Other {
            if (kind == null || kind.isEmpty()) {
                throw new IllegalArgumentException("link kind must not be empty");
            }
            if (!isKindName(kind)) {
                throw new IllegalArgumentException("link kind '" + kind + "' must be printable ASCII without spaces");
            }
        }

        /** True for a plain ASCII word without spaces, as the kernel's kind names are. */
        static boolean isKindName(String kind) {
            for (int i = 0; i < kind.length(); i++) {
                char ch = kind.charAt(i);
                if (ch <= ' ' || ch > '~') {
                    return false;
                }
            }
            return !kind.isEmpty();
        }

        @Override
        public String kindName() {
            return kind;
        }

        @Override
        public String toString() {
            return kind;
        }
    }
}
