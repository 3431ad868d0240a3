package io.netlink4j.route;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.BufferOverrunException;
import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.core.socket.NetlinkSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A live feed of link, address and route notifications from one namespace, on a socket of its
 * own that joined the chosen groups. Either poll it ({@link #poll(Duration)}), or give a
 * listener when subscribing and it is called on the subscription's own thread. Close it to
 * leave the groups: the socket (and the thread) end with it.
 *
 * <p>Thread-safe: {@link #poll} may be called from several threads (one is served at a time)
 * and {@link #close} from any thread, also from inside the listener.
 */
public final class Subscription implements AutoCloseable {
    /** How long one wait on the socket lasts, so that close() never waits long. */
    private static final int SLICE_MILLIS = 100;

    private final NetlinkSocket socket;
    private final String namespace;
    private final ArrayDeque<NetlinkEvent> pending = new ArrayDeque<>();
    private final Consumer<NetlinkEvent> listener;
    private final Thread thread;
    private volatile boolean closed;

    private Subscription(NetlinkSocket socket, String namespace, Consumer<NetlinkEvent> listener) {
        this.socket = socket;
        this.namespace = namespace;
        this.listener = listener;
        if (listener != null) {
            this.thread = new Thread(this::deliverLoop, "netlink4j-events-" + namespace);
            this.thread.setDaemon(true);
        } else {
            this.thread = null;
        }
    }

    static Subscription open(RouteClient client, Set<EventGroup> groups, Consumer<NetlinkEvent> listener) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("subscribe to at least one event group");
        }
        NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, client.namespace(), client.socket().options());
        try {
            for (EventGroup g : groups) {
                s.joinGroup(g.group());
            }
        } catch (RuntimeException | Error e) {
            s.close();
            throw e;
        }
        Subscription sub = new Subscription(s, client.namespaceDescription(), listener);
        if (sub.thread != null) {
            sub.thread.start();
        }
        return sub;
    }

    /**
     * The next event, waiting up to {@code timeout}; null when none came in time (or the
     * subscription was closed meanwhile).
     *
     * @throws IllegalStateException if this subscription delivers to a listener, or is closed
     */
    public NetlinkEvent poll(Duration timeout) {
        if (thread != null) {
            throw new IllegalStateException("this subscription delivers to its listener; it cannot be polled");
        }
        synchronized (pending) {
            if (closed && pending.isEmpty()) {
                throw new IllegalStateException("subscription in namespace " + namespace + " is closed");
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) {
                    return null;
                }
                receive(pending::add, (int) Math.max(1, Math.min(SLICE_MILLIS, left / 1_000_000)));
            }
            return pending.pollFirst();
        }
    }

    private void receive(Consumer<NetlinkEvent> sink, int millis) {
        try {
            socket.receiveNotifications(m -> {
                NetlinkEvent e = decode(m);
                if (e != null) {
                    sink.accept(e);
                }
            }, millis);
        } catch (BufferOverrunException e) {
            sink.accept(new NetlinkEvent.EventsLost(e.getMessage()));
        } catch (IllegalStateException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    private void deliverLoop() {
        List<NetlinkEvent> batch = new ArrayList<>();
        while (!closed) {
            receive(batch::add, SLICE_MILLIS);
            for (NetlinkEvent e : batch) {
                if (closed) {
                    break;
                }
                try {
                    listener.accept(e);
                } catch (RuntimeException ignored) {
                    // a failing listener must not end the feed for the events after it
                }
            }
            batch.clear();
        }
    }

    /** Decodes one notification; null for messages that are not link, address or route news. */
    static NetlinkEvent decode(NetlinkMessage m) {
        try {
            switch (m.type()) {
                case Rtnetlink.RTM_NEWLINK:
                case Rtnetlink.RTM_DELLINK:
                    if (m.payloadU8(0) != Rtnetlink.AF_UNSPEC) {
                        return null; // bridge-port (AF_BRIDGE) views of the same link
                    }
                    return new NetlinkEvent.LinkEvent(action(m, Rtnetlink.RTM_DELLINK), LinkCodec.decode(m));
                case Rtnetlink.RTM_NEWADDR:
                case Rtnetlink.RTM_DELADDR: {
                    Address a = AddressCodec.decode(m);
                    return a == null ? null : new NetlinkEvent.AddressEvent(action(m, Rtnetlink.RTM_DELADDR), a);
                }
                case Rtnetlink.RTM_NEWROUTE:
                case Rtnetlink.RTM_DELROUTE: {
                    Route r = RouteCodec.decode(m);
                    return r == null ? null : new NetlinkEvent.RouteEvent(action(m, Rtnetlink.RTM_DELROUTE), r);
                }
                default:
                    return null;
            }
        } catch (MalformedMessageException e) {
            // the subscriber cannot know what it missed: tell it to resynchronise
            return new NetlinkEvent.EventsLost("undecodable notification: " + e.getMessage());
        }
    }

    private static NetlinkEvent.Action action(NetlinkMessage m, int deleteType) {
        return m.type() == deleteType ? NetlinkEvent.Action.DELETED : NetlinkEvent.Action.NEW;
    }

    /** True once closed. */
    public boolean isClosed() {
        return closed;
    }

    /** Stops delivery, ends the listener thread (when there is one) and closes the socket. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (thread != null && Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        socket.close();
    }
}
