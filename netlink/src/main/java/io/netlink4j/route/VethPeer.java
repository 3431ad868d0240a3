package io.netlink4j.route;

import io.netlink4j.core.netns.NetNamespace;

/**
 * The other end of a veth being created: {@code peer name veth02 netns B mtu 1400 address ...}.
 * Put it in another namespace and the kernel creates it there directly, in the same request
 * (IFLA_NET_NS_FD inside VETH_INFO_PEER): the pair appears whole or not at all.
 *
 * <p>Immutable, hence thread-safe (the namespace handle must stay open until the request ran).
 *
 * @param name      the peer's name (validated)
 * @param namespace namespace to create the peer in, or null for the namespace of the first end
 * @param mtu       MTU, or 0 for the kernel's default
 * @param address   MAC address, or null for a random one
 * @param index     interface index to ask for, or 0 to let the kernel choose
 *
 * <p>There is no "up" here: the kernel opens a new veth end before the pair is joined, so
 * IFF_UP on the peer is refused (ENOTCONN). Bring the peer up from its namespace's client
 * afterwards (in the same batch as its addresses).
 */
public record VethPeer(String name, NetNamespace namespace, int mtu, MacAddress address, int index) {
    /** Validates the values. */
    public VethPeer {
        LinkRef.validateName(name);
        if (mtu < 0) {
            throw new IllegalArgumentException("veth peer " + name + " MTU must not be negative: " + mtu);
        }
        if (address != null) {
            address.requireEthernet("veth peer " + name);
        }
        if (index < 0) {
            throw new IllegalArgumentException("veth peer " + name + " index must not be negative: " + index);
        }
    }

    /** A peer named {@code name}, in the first end's namespace, with kernel defaults. */
    public static VethPeer named(String name) {
        return new VethPeer(name, null, 0, null, 0);
    }

    /** This peer, created directly inside {@code ns}. */
    public VethPeer in(NetNamespace ns) {
        return new VethPeer(name, ns, mtu, address, index);
    }

    /** This peer with MTU {@code mtu}. */
    public VethPeer mtu(int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("veth peer " + name + " MTU must be positive: " + mtu);
        }
        return new VethPeer(name, namespace, mtu, address, index);
    }

    /** This peer with MAC {@code address}. */
    public VethPeer address(MacAddress address) {
        return new VethPeer(name, namespace, mtu, address, index);
    }

    /** This peer with MAC {@code address} (parsed). */
    public VethPeer address(String address) {
        return address(MacAddress.parse(address));
    }

    /** This peer with interface index {@code index} (as {@code ip link add ... index N}). */
    public VethPeer index(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("veth peer " + name + " index must be positive: " + index);
        }
        return new VethPeer(name, namespace, mtu, address, index);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name);
        if (namespace != null) {
            sb.append(" netns ").append(namespace.description());
        }
        if (mtu > 0) {
            sb.append(" mtu ").append(mtu);
        }
        if (address != null) {
            sb.append(" address ").append(address);
        }
        return sb.toString();
    }
}
