package io.netlink4j.route;

import io.netlink4j.core.netns.NetNamespace;

/**
 * A link to create: {@code ip link add NAME [link PARENT] [mtu M] [address MAC] [master M]
 * type KIND ...}. Start from a factory named like the kind and refine with the withers:
 * <pre>{@code
 * LinkSpec.veth("veth01", VethPeer.named("veth02").in(nsB).up()).up()
 * LinkSpec.bridge("br0")
 * LinkSpec.macvlan("mv0", "veth01", MacvlanMode.BRIDGE)
 * LinkSpec.vxlan("vx0", LinkKind.vxlan(42).withLocal("192.168.8.1").withRemote("192.168.8.2").withDevice("veth01"))
 * LinkSpec.vlan("veth01.10", "veth01", 10)
 * }</pre>
 * Everything is validated here, before any request is sent.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param name          the new link's name
 * @param kind          its kind and kind-specific settings
 * @param parent        the link it sits on (macvlan, vlan: IFLA_LINK), or null
 * @param mtu           MTU, or 0 for the kernel's default
 * @param address       MAC address, or null for a random one
 * @param master        bridge to make it a port of (IFLA_MASTER), or null
 * @param txQueueLength transmit queue length, or 0 for the default
 * @param bringUp       bring it up as it is created (IFF_UP in the same request)
 * @param index         interface index to ask for (as {@code ip link add ... index N}), or 0
 * @param namespace     namespace to create it in directly (IFLA_NET_NS_FD), or null for the
 *                      client's own
 */
public record LinkSpec(String name, LinkKind kind, LinkRef parent, int mtu, MacAddress address,
                       LinkRef master, int txQueueLength, boolean bringUp, int index, NetNamespace namespace) {
    /** Validates the whole request. */
    public LinkSpec {
        LinkRef.validateName(name);
        if (kind == null) {
            throw new IllegalArgumentException("link " + name + " needs a kind");
        }
        if (kind instanceof LinkKind.Vxlan) {
            ((LinkKind.Vxlan) kind).validate();
        } else if (kind instanceof LinkKind.Vlan) {
            ((LinkKind.Vlan) kind).validate();
        } else if (kind instanceof LinkKind.Veth && ((LinkKind.Veth) kind).peer() == null) {
            throw new IllegalArgumentException("veth " + name + " needs a peer");
        } else if (kind instanceof LinkKind.Macvlan && ((LinkKind.Macvlan) kind).mode() == null) {
            throw new IllegalArgumentException("macvlan " + name + " needs a mode");
        }
        if ((kind instanceof LinkKind.Macvlan || kind instanceof LinkKind.Vlan) && parent == null) {
            throw new IllegalArgumentException(kind.kindName() + " " + name + " needs a parent link");
        }
        if (mtu < 0) {
            throw new IllegalArgumentException("link " + name + " MTU must not be negative: " + mtu);
        }
        if (txQueueLength < 0) {
            throw new IllegalArgumentException("link " + name + " txqueuelen must not be negative: " + txQueueLength);
        }
        if (index < 0) {
            throw new IllegalArgumentException("link " + name + " index must not be negative: " + index);
        }
        if (address != null) {
            address.requireEthernet("link " + name);
        }
    }

    /** Checks what only the complete request can tell; called before it is sent. */
    LinkSpec validateComplete() {
        if (kind instanceof LinkKind.Veth && ((LinkKind.Veth) kind).peer().index() > 0 && index == 0) {
            // veth_newlink applies the peer's ifi_index only when the first end has one too
            throw new IllegalArgumentException("veth " + name + ": a peer index (" + ((LinkKind.Veth) kind).peer().index()
                    + ") needs an index for " + name + " too, or the kernel ignores it");
        }
        return this;
    }

    /** A link named {@code name} of {@code kind}, all else default. */
    public static LinkSpec of(String name, LinkKind kind) {
        return new LinkSpec(name, kind, null, 0, null, null, 0, false, 0, null);
    }

    /** {@code ip link add NAME type veth peer name ...}. */
    public static LinkSpec veth(String name, VethPeer peer) {
        return of(name, LinkKind.veth(peer));
    }

    /** {@code ip link add NAME type veth peer name PEER}, both ends here. */
    public static LinkSpec veth(String name, String peer) {
        return veth(name, VethPeer.named(peer));
    }

    /** {@code ip link add NAME type bridge}. */
    public static LinkSpec bridge(String name) {
        return of(name, LinkKind.bridge());
    }

    /** {@code ip link add NAME link PARENT type macvlan mode MODE}. */
    public static LinkSpec macvlan(String name, String parent, MacvlanMode mode) {
        return new LinkSpec(name, LinkKind.macvlan(mode), LinkRef.name(parent), 0, null, null, 0, false, 0, null);
    }

    /** {@code ip link add NAME type vxlan id ... [dev DEVICE]}. */
    public static LinkSpec vxlan(String name, LinkKind.Vxlan vxlan) {
        return of(name, vxlan);
    }

    /** {@code ip link add link PARENT name NAME type vlan id ID}. */
    public static LinkSpec vlan(String name, String parent, int id) {
        return new LinkSpec(name, LinkKind.vlan(id), LinkRef.name(parent), 0, null, null, 0, false, 0, null);
    }

    /** This link on parent {@code parent} (IFLA_LINK). */
    public LinkSpec parent(String parent) {
        return new LinkSpec(name, kind, LinkRef.name(parent), mtu, address, master, txQueueLength, bringUp, index, namespace);
    }

    /** This link on the parent of index {@code parent}. */
    public LinkSpec parent(int parent) {
        return new LinkSpec(name, kind, LinkRef.index(parent), mtu, address, master, txQueueLength, bringUp, index, namespace);
    }

    /** This link with MTU {@code mtu}. */
    public LinkSpec mtu(int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("link " + name + " MTU must be positive: " + mtu);
        }
        return new LinkSpec(name, kind, parent, mtu, address, master, txQueueLength, bringUp, index, namespace);
    }

    /** This link with MAC {@code address}. */
    public LinkSpec address(MacAddress address) {
        return new LinkSpec(name, kind, parent, mtu, address, master, txQueueLength, bringUp, index, namespace);
    }

    /** This link with MAC {@code address} (parsed). */
    public LinkSpec address(String address) {
        return address(MacAddress.parse(address));
    }

    /** This link, made a port of bridge {@code master}. */
    public LinkSpec master(String master) {
        return new LinkSpec(name, kind, parent, mtu, address, LinkRef.name(master), txQueueLength, bringUp, index, namespace);
    }

    /** This link, made a port of the bridge of index {@code master}. */
    public LinkSpec master(int master) {
        return new LinkSpec(name, kind, parent, mtu, address, LinkRef.index(master), txQueueLength, bringUp, index, namespace);
    }

    /** This link with transmit queue length {@code qlen}. */
    public LinkSpec txQueueLength(int qlen) {
        if (qlen <= 0) {
            throw new IllegalArgumentException("link " + name + " txqueuelen must be positive: " + qlen);
        }
        return new LinkSpec(name, kind, parent, mtu, address, master, qlen, bringUp, index, namespace);
    }

    /** This link, brought up as it is created. */
    public LinkSpec up() {
        return new LinkSpec(name, kind, parent, mtu, address, master, txQueueLength, true, index, namespace);
    }

    /**
     * This link with interface index {@code index}. Later requests of the same batch can then
     * name it by index without waiting for the kernel's answer.
     */
    public LinkSpec index(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("link " + name + " index must be positive: " + index);
        }
        return new LinkSpec(name, kind, parent, mtu, address, master, txQueueLength, bringUp, index, namespace);
    }

    /** This link, created directly inside {@code ns} rather than the client's namespace. */
    public LinkSpec in(NetNamespace ns) {
        return new LinkSpec(name, kind, parent, mtu, address, master, txQueueLength, bringUp, index, ns);
    }

    /** What creating it is called in error messages: "veth veth01/veth02 (peer in namespace B)". */
    String describe() {
        StringBuilder sb = new StringBuilder(kind.kindName()).append(' ').append(name);
        if (kind instanceof LinkKind.Veth) {
            VethPeer p = ((LinkKind.Veth) kind).peer();
            sb.append('/').append(p.name());
            if (p.namespace() != null) {
                sb.append(" (peer in namespace ").append(p.namespace().description()).append(')');
            }
        } else if (kind instanceof LinkKind.Vlan) {
            sb.append(" (id ").append(((LinkKind.Vlan) kind).id()).append(" on ").append(parent).append(')');
        } else if (kind instanceof LinkKind.Vxlan) {
            sb.append(" (id ").append(((LinkKind.Vxlan) kind).vni()).append(')');
        } else if (parent != null) {
            sb.append(" on ").append(parent);
        }
        if (namespace != null) {
            sb.append(" directly in namespace ").append(namespace.description());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("link add ");
        if (parent != null) {
            sb.append("link ").append(parent).append(' ');
        }
        sb.append(name);
        if (index > 0) {
            sb.append(" index ").append(index);
        }
        if (mtu > 0) {
            sb.append(" mtu ").append(mtu);
        }
        if (address != null) {
            sb.append(" address ").append(address);
        }
        if (master != null) {
            sb.append(" master ").append(master);
        }
        if (namespace != null) {
            sb.append(" netns ").append(namespace.description());
        }
        sb.append(" type ").append(kind);
        if (bringUp) {
            sb.append(" (up)");
        }
        return sb.toString();
    }
}
