package io.netlink4j.route;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.DumpInterruptedException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.socket.MessageDecoder;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.core.socket.Exchange;
import io.netlink4j.core.socket.Expect;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.SocketOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * An rtnetlink client bound to one network namespace: typed access to what {@code ip link},
 * {@code ip addr} and {@code ip route} do there, plus the namespace's sysctls and its events.
 * <pre>{@code
 * try (RouteClient rt = RouteClient.open(ns)) {
 *     rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(other)));
 *     rt.links().set(LinkChange.of("veth01").up());
 *     rt.addresses().add(AddressSpec.of("veth01", "192.168.8.1/24"));
 *     rt.routes().add(RouteSpec.to("203.0.113.0/24").via("192.168.8.2"));
 *     rt.sysctls().setIpForwarding(true);
 * }
 * }</pre>
 * The client owns one NETLINK_ROUTE socket, created inside the namespace and reused for every
 * request; it keeps working in that namespace whichever thread calls it. Names are checked
 * and values validated before anything is sent ({@link IllegalArgumentException}); the
 * kernel's refusals arrive as typed {@link io.netlink4j.core.error.NetlinkException}s that name
 * the object and the namespace.
 *
 * <p>Thread-safe: share one client between threads. Requests are serialised on its socket
 * (each waits for its own answers); a {@link RouteBatch} sends many requests in one datagram.
 */
public final class RouteClient implements AutoCloseable {
    private final NetlinkSocket socket;
    private final NetNamespace namespace;
    private final boolean ownsNamespace;
    private final String description;
    private final Links links = new Links(this);
    private final Addresses addresses = new Addresses(this);
    private final Routes routes = new Routes(this);
    private final Sysctls sysctls = new Sysctls(this);
    private final Events events = new Events(this);

    private RouteClient(NetlinkSocket socket, NetNamespace namespace, boolean ownsNamespace) {
        this.socket = socket;
        this.namespace = namespace;
        this.ownsNamespace = ownsNamespace;
        this.description = namespace.name().orElseGet(namespace::identity);
    }

    /** A client for the calling thread's current namespace. */
    public static RouteClient open() {
        NetNamespace current = NetNamespace.current();
        try {
            return new RouteClient(NetlinkSocket.open(Netlink.NETLINK_ROUTE, current), current, true);
        } catch (RuntimeException | Error e) {
            current.close();
            throw e;
        }
    }

    /**
     * A client for {@code ns}. The handle must stay open while the client is used (sysctls and
     * event subscriptions enter the namespace through it); closing the client does not close it.
     */
    public static RouteClient open(NetNamespace ns) {
        return open(ns, SocketOptions.defaults());
    }

    /** A client for {@code ns} whose socket uses {@code options} (timeout, buffer sizes). */
    public static RouteClient open(NetNamespace ns, SocketOptions options) {
        if (ns == null) {
            throw new IllegalArgumentException("namespace must not be null (use open() for the current one)");
        }
        return new RouteClient(NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, options), ns, false);
    }

    /** Links: {@code ip link}. */
    public Links links() {
        return links;
    }

    /** Addresses: {@code ip addr}. */
    public Addresses addresses() {
        return addresses;
    }

    /** Routes: {@code ip route}. */
    public Routes routes() {
        return routes;
    }

    /** The namespace's {@code net.*} sysctls. */
    public Sysctls sysctls() {
        return sysctls;
    }

    /** Notifications of link, address and route changes, and waiting for a state. */
    public Events events() {
        return events;
    }

    /** A new batch of changes to send together (see {@link RouteBatch}). */
    public RouteBatch batch() {
        return new RouteBatch(this);
    }

    /** The namespace this client works in. */
    public NetNamespace namespace() {
        return namespace;
    }

    /** The namespace's name, or its kernel identity ({@code net:[4026532...]}) when it has none. */
    public String namespaceDescription() {
        return description;
    }

    NetlinkSocket socket() {
        return socket;
    }

    /** Sends a GET answered by one message and decodes it; refusals name {@code what}. */
    <T> T getOne(int type, MessageEncoder body, MessageDecoder<T> decoder, String what) {
        Exchange ex = new Exchange();
        List<T> out = new ArrayList<>(1);
        ex.add(type, 0, Expect.REPLY, body, m -> out.add(decoder.decode(m)));
        socket.execute(ex);
        NetlinkException e = ex.error(0, what + " in namespace " + description);
        if (e != null) {
            throw e;
        }
        if (out.isEmpty() || out.get(0) == null) {
            throw new NetlinkException("the kernel's answer was not what was asked for: " + what
                    + " in namespace " + description);
        }
        return out.get(0);
    }

    /**
     * Dumps and decodes every message (null decodes are skipped). A dump the kernel flags as
     * interrupted (the table changed meanwhile) is retried, up to three times.
     */
    <T> List<T> dump(int type, MessageEncoder body, MessageDecoder<T> decoder, String what) {
        for (int attempt = 1; ; attempt++) {
            Exchange ex = new Exchange();
            List<T> out = new ArrayList<>();
            ex.add(type, 0, Expect.DUMP, body, m -> {
                T t = decoder.decode(m);
                if (t != null) {
                    out.add(t);
                }
            });
            socket.execute(ex);
            NetlinkException e = ex.error(0, what + " in namespace " + description);
            if (e == null) {
                return out;
            }
            if (!(e instanceof DumpInterruptedException) || attempt == 3) {
                throw e;
            }
        }
    }

    /** The index of {@code ref}: itself, or looked up with a small RTM_GETLINK (no stats). */
    int indexOf(LinkRef ref, String why) {
        if (ref instanceof LinkRef.ByIndex) {
            return ((LinkRef.ByIndex) ref).index();
        }
        return getOne(Rtnetlink.RTM_GETLINK, w -> LinkCodec.encodeGet(w, ref, true), LinkCodec::index,
                "looking up link " + ref + " for " + why);
    }

    /** Runs one change request as a batch of one, throwing its refusal. */
    void runOne(Op op) {
        RouteBatch b = new RouteBatch(this).add(op);
        RouteBatch.throwFirst(b.run(false).outcomes);
    }

    /** Closes the socket (and the namespace handle {@link #open()} took). Idempotent. */
    @Override
    public void close() {
        try {
            sysctls.close();
            socket.close();
        } finally {
            if (ownsNamespace) {
                namespace.close();
            }
        }
    }

    @Override
    public String toString() {
        return "RouteClient[namespace " + description + "]";
    }
}
