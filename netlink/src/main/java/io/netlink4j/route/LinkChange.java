package io.netlink4j.route;

import io.netlink4j.core.netns.NetNamespace;

/**
 * Changes to an existing link, applied in one request: {@code ip link set DEV up mtu 1400
 * address MAC name NEW master BR netns NS}.
 * <pre>{@code
 * LinkChange.of("veth01").up().mtu(1400)
 * LinkChange.of("veth02").moveTo(nsB)
 * }</pre>
 *
 * <p>Immutable, hence thread-safe (a namespace handle must stay open until the request ran).
 *
 * @param link          the link to change
 * @param adminUp       TRUE to bring up, FALSE to bring down, null to leave as is
 * @param mtu           new MTU, or 0 to leave as is
 * @param newName       new name, or null
 * @param address       new MAC address, or null
 * @param master        bridge to make it a port of, or null
 * @param clearMaster   take it out of its bridge ({@code nomaster})
 * @param namespace     move it to this namespace (IFLA_NET_NS_FD), or null
 * @param pid           move it to the namespace of this process (IFLA_NET_NS_PID), or 0
 * @param txQueueLength new transmit queue length, or 0 to leave as is
 */
public record LinkChange(LinkRef link, Boolean adminUp, int mtu, String newName, MacAddress address,
                         LinkRef master, boolean clearMaster, NetNamespace namespace, int pid, int txQueueLength) {
    /** Validates the values. */
    public LinkChange {
        if (link == null) {
            throw new IllegalArgumentException("link to change must not be null");
        }
        if (newName != null) {
            LinkRef.validateName(newName);
        }
        if (mtu < 0) {
            throw new IllegalArgumentException("MTU of " + link + " must be positive: " + mtu);
        }
        if (txQueueLength < 0) {
            throw new IllegalArgumentException("txqueuelen of " + link + " must be positive: " + txQueueLength);
        }
        if (pid < 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        if (address != null) {
            address.requireEthernet("link " + link);
        }
        if (namespace != null && pid != 0) {
            throw new IllegalArgumentException("move " + link + " by namespace or by pid, not both");
        }
        if (master != null && clearMaster) {
            throw new IllegalArgumentException("give " + link + " a master or take it away, not both");
        }
    }

    /** Changes to the link named {@code name}. */
    public static LinkChange of(String name) {
        return new LinkChange(LinkRef.name(name), null, 0, null, null, null, false, null, 0, 0);
    }

    /** Changes to the link of index {@code index}. */
    public static LinkChange of(int index) {
        return new LinkChange(LinkRef.index(index), null, 0, null, null, null, false, null, 0, 0);
    }

    /** Changes to {@code link}. */
    public static LinkChange of(LinkRef link) {
        return new LinkChange(link, null, 0, null, null, null, false, null, 0, 0);
    }

    /** {@code up}. */
    public LinkChange up() {
        return new LinkChange(link, Boolean.TRUE, mtu, newName, address, master, clearMaster, namespace, pid, txQueueLength);
    }

    /** {@code down}. */
    public LinkChange down() {
        return new LinkChange(link, Boolean.FALSE, mtu, newName, address, master, clearMaster, namespace, pid, txQueueLength);
    }

    /** {@code mtu MTU}. */
    public LinkChange mtu(int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("MTU of " + link + " must be positive: " + mtu);
        }
        return new LinkChange(link, adminUp, mtu, newName, address, master, clearMaster, namespace, pid, txQueueLength);
    }

    /** {@code name NEW}. */
    public LinkChange rename(String newName) {
        return new LinkChange(link, adminUp, mtu, newName, address, master, clearMaster, namespace, pid, txQueueLength);
    }

    /** {@code address MAC}. */
    public LinkChange address(MacAddress address) {
        return new LinkChange(link, adminUp, mtu, newName, address, master, clearMaster, namespace, pid, txQueueLength);
    }

    /** {@code address MAC} (parsed). */
    public LinkChange address(String address) {
        return address(MacAddress.parse(address));
    }

    /** {@code master BRIDGE}. */
    public LinkChange master(String bridge) {
        return new LinkChange(link, adminUp, mtu, newName, address, LinkRef.name(bridge), false, namespace, pid, txQueueLength);
    }

    /** {@code master} by index. */
    public LinkChange master(int bridge) {
        return new LinkChange(link, adminUp, mtu, newName, address, LinkRef.index(bridge), false, namespace, pid, txQueueLength);
    }

    /** {@code nomaster}. */
    public LinkChange noMaster() {
        return new LinkChange(link, adminUp, mtu, newName, address, null, true, namespace, pid, txQueueLength);
    }

    /** {@code netns NS}: moves the link into {@code ns}. */
    public LinkChange moveTo(NetNamespace ns) {
        if (ns == null) {
            throw new IllegalArgumentException("target namespace must not be null");
        }
        return new LinkChange(link, adminUp, mtu, newName, address, master, clearMaster, ns, 0, txQueueLength);
    }

    /** {@code netns PID}: moves the link into the namespace of process {@code pid}. */
    public LinkChange moveToPid(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        return new LinkChange(link, adminUp, mtu, newName, address, master, clearMaster, null, pid, txQueueLength);
    }

    /** {@code txqueuelen N}. */
    public LinkChange txQueueLength(int qlen) {
        if (qlen <= 0) {
            throw new IllegalArgumentException("txqueuelen of " + link + " must be positive: " + qlen);
        }
        return new LinkChange(link, adminUp, mtu, newName, address, master, clearMaster, namespace, pid, qlen);
    }

    /** True when nothing would change. */
    public boolean isEmpty() {
        return adminUp == null && mtu == 0 && newName == null && address == null && master == null && !clearMaster
                && namespace == null && pid == 0 && txQueueLength == 0;
    }

    /** "link veth01 up mtu 1400", as in error messages. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("link ").append(link);
        if (adminUp != null) {
            sb.append(adminUp ? " up" : " down");
        }
        if (mtu > 0) {
            sb.append(" mtu ").append(mtu);
        }
        if (address != null) {
            sb.append(" address ").append(address);
        }
        if (newName != null) {
            sb.append(" name ").append(newName);
        }
        if (master != null) {
            sb.append(" master ").append(master);
        }
        if (clearMaster) {
            sb.append(" nomaster");
        }
        if (txQueueLength > 0) {
            sb.append(" txqueuelen ").append(txQueueLength);
        }
        if (namespace != null) {
            sb.append(" netns ").append(namespace.description());
        }
        if (pid > 0) {
            sb.append(" netns pid ").append(pid);
        }
        return sb.toString();
    }
}
