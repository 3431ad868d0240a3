package io.netlink4j.route;

import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import java.util.List;
import java.util.Optional;

/**
 * {@code ip link} in the client's namespace: create, change, move, delete, get and list links.
 *
 * <p>Thread-safe (stateless; requests go through the client's socket).
 */
public final class Links {
    private final RouteClient client;

    Links(RouteClient client) {
        this.client = client;
    }

    /**
     * The index of the link called {@code name}, from a small lookup (the kernel skips the
     * statistics and no record is decoded): the cheap way to check that a link exists.
     *
     * @throws io.netlink4j.core.error.NoSuchObjectException if there is no such link
     */
    public int indexOf(String name) {
        return client.indexOf(LinkRef.name(name), "its index");
    }

    /**
     * {@code ip link add ...}: creates the link in one request and returns it as the kernel
     * reports it (from the NLM_F_ECHO answer, no extra lookup). For a veth whose peer goes into
     * another namespace, both ends are created by that one request, or neither.
     *
     * @return the new link (for a veth, the first end; {@link Link#linkIndex()} is the peer's index)
     * @throws io.netlink4j.core.error.AlreadyExistsException if the name (or the peer's) is taken
     */
    public Link add(LinkSpec spec) {
        RouteBatch b = new RouteBatch(client).add(new Op.CreateLink(spec));
        RouteBatch.Result r = b.run(true);
        RouteBatch.throwFirst(r.outcomes);
        if (r.echoed[0] != null) {
            return r.echoed[0];
        }
        if (spec.namespace() != null) {
            // created elsewhere: this namespace's socket cannot look it up
            try (RouteClient there = RouteClient.open(spec.namespace())) {
                return there.links().get(spec.name());
            }
        }
        return get(spec.name());
    }

    /** {@code ip link set ...}: applies every change of {@code change} in one request. */
    public void set(LinkChange change) {
        client.runOne(new Op.ChangeLink(change));
    }

    /** {@code ip link set NAME up}. */
    public void setUp(String name) {
        set(LinkChange.of(name).up());
    }

    /** {@code ip link set NAME down}. */
    public void setDown(String name) {
        set(LinkChange.of(name).down());
    }

    /**
     * {@code ip link set NAME netns NS}: moves the link into {@code ns}. It keeps its MAC and
     * loses its addresses (the kernel drops them on the move).
     */
    public void moveTo(String name, NetNamespace ns) {
        set(LinkChange.of(name).moveTo(ns));
    }

    /** {@code ip link set NAME netns PID}: moves the link into the namespace of process {@code pid}. */
    public void moveToPid(String name, int pid) {
        set(LinkChange.of(name).moveToPid(pid));
    }

    /** {@code ip link del NAME}. Deleting one end of a veth removes both. */
    public void delete(String name) {
        client.runOne(new Op.DeleteLink(LinkRef.name(name)));
    }

    /** {@code ip link del} by index. */
    public void delete(int index) {
        client.runOne(new Op.DeleteLink(LinkRef.index(index)));
    }

    /**
     * {@code ip -d -s link show NAME}.
     *
     * @throws NoSuchObjectException (ENODEV) if there is no such link
     */
    public Link get(String name) {
        return get(LinkRef.name(name));
    }

    /** {@code ip -d -s link show} by index. */
    public Link get(int index) {
        return get(LinkRef.index(index));
    }

    /** The link {@code ref} names. */
    public Link get(LinkRef ref) {
        return client.getOne(Rtnetlink.RTM_GETLINK, w -> LinkCodec.encodeGet(w, ref, false), LinkCodec::decode,
                "getting link " + ref);
    }

    /** The link named {@code name}, or empty. */
    public Optional<Link> find(String name) {
        return find(LinkRef.name(name));
    }

    /** The link of index {@code index}, or empty. */
    public Optional<Link> find(int index) {
        return find(LinkRef.index(index));
    }

    private Optional<Link> find(LinkRef ref) {
        try {
            return Optional.of(get(ref));
        } catch (NoSuchObjectException e) {
            return Optional.empty();
        }
    }

    /** {@code ip -d -s link show}: every link of the namespace, in index order. */
    public List<Link> list() {
        return client.dump(Rtnetlink.RTM_GETLINK, w -> LinkCodec.encodeDump(w, 0, null), LinkCodec::decode,
                "listing links");
    }

    /** {@code ip link show master BRIDGE}: the ports of a bridge (the kernel filters). */
    public List<Link> listPortsOf(String bridge) {
        int master = get(bridge).index();
        return client.dump(Rtnetlink.RTM_GETLINK, w -> LinkCodec.encodeDump(w, master, null), m -> {
            Link l = LinkCodec.decode(m);
            return l.masterIndex() == master ? l : null;
        }, "listing ports of " + bridge);
    }

    /** {@code ip link show type KIND}: links of one kind (the kernel filters). */
    public List<Link> listOfKind(String kind) {
        if (kind == null || kind.isEmpty()) {
            throw new IllegalArgumentException("link kind must not be empty");
        }
        return client.dump(Rtnetlink.RTM_GETLINK, w -> LinkCodec.encodeDump(w, 0, kind), m -> {
            Link l = LinkCodec.decode(m);
            return kind.equals(l.kindName()) ? l : null;
        }, "listing links of kind " + kind);
    }
}
