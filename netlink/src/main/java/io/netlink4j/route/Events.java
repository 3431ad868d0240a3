package io.netlink4j.route;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NetlinkTimeoutException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Notifications from the client's namespace ({@code ip monitor}), and waiting for a state
 * without sleeping: subscribe first, then look at the current state, then wait for events,
 * so no change can slip between the look and the wait.
 * <pre>{@code
 * rt.events().awaitLowerUp("veth01", Duration.ofSeconds(5));
 * rt.events().awaitUsable("veth01", IpAddresses.parse("fd00:8::1"), Duration.ofSeconds(5));
 * try (Subscription s = rt.events().subscribe(EventGroup.LINK, EventGroup.IPV4_ADDRESS)) {
 *     NetlinkEvent e = s.poll(Duration.ofSeconds(1));
 * }
 * }</pre>
 *
 * <p>Thread-safe (stateless; each subscription has its own socket).
 */
public final class Events {
    private final RouteClient client;

    Events(RouteClient client) {
        this.client = client;
    }

    /** A subscription to {@code groups}, read with {@link Subscription#poll(Duration)}. */
    public Subscription subscribe(EventGroup... groups) {
        return Subscription.open(client, groups.length == 0 ? Set.of() : EnumSet.of(groups[0], groups), null);
    }

    /**
     * A subscription to {@code groups} that calls {@code listener} for each event, in order, on
     * its own thread until closed. The listener should return quickly; an exception it throws
     * is dropped and delivery goes on.
     */
    public Subscription subscribe(Set<EventGroup> groups, Consumer<NetlinkEvent> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        return Subscription.open(client, groups, listener);
    }

    /**
     * Waits until the link named {@code name} exists and satisfies {@code condition}.
     *
     * @param what words for the condition, for the timeout message ("LOWER_UP")
     * @return the link in the state that satisfied the condition
     * @throws NetlinkTimeoutException if it did not happen within {@code timeout}
     */
    public Link awaitLink(String name, Predicate<Link> condition, String what, Duration timeout) {
        LinkRef.validateName(name);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Subscription s = subscribe(EventGroup.LINK)) {
            Optional<Link> now = client.links().find(name);
            if (now.isPresent() && condition.test(now.get())) {
                return now.get();
            }
            while (true) {
                long left = deadline - System.nanoTime();
                NetlinkEvent e = left > 0 ? s.poll(Duration.ofNanos(left)) : null;
                if (e == null) {
                    throw new NetlinkTimeoutException("link " + name + " was not " + what + " within " + timeout.toMillis()
                            + " ms", "waiting for link " + name + " in namespace " + client.namespaceDescription());
                }
                if (e instanceof NetlinkEvent.LinkEvent le && le.action() == NetlinkEvent.Action.NEW
                        && le.link().name().equals(name) && condition.test(le.link())) {
                    return le.link();
                }
                if (e instanceof NetlinkEvent.EventsLost) {
                    now = client.links().find(name);
                    if (now.isPresent() && condition.test(now.get())) {
                        return now.get();
                    }
                }
            }
        }
    }

    /** Waits until link {@code name} has carrier (LOWER_UP): e.g. both ends of a veth are up. */
    public Link awaitLowerUp(String name, Duration timeout) {
        return awaitLink(name, Link::isLowerUp, "LOWER_UP", timeout);
    }

    /**
     * Waits until {@code address} is on link {@code link} and usable: present and, for IPv6, no
     * longer tentative (duplicate address detection done).
     *
     * @return the address as the kernel reports it
     * @throws NetlinkTimeoutException if that did not happen within {@code timeout}
     * @throws NetlinkException        if duplicate address detection failed (DADFAILED)
     */
    public Address awaitUsable(String link, InetAddress address, Duration timeout) {
        LinkRef ref = LinkRef.name(link);
        long deadline = System.nanoTime() + timeout.toNanos();
        EventGroup group = Family.of(address) == Family.INET ? EventGroup.IPV4_ADDRESS : EventGroup.IPV6_ADDRESS;
        String what = "waiting for address " + IpAddresses.format(address) + " on " + link + " in namespace "
                + client.namespaceDescription();
        try (Subscription s = subscribe(group)) {
            int index = client.indexOf(ref, "waiting for an address");
            Address a = find(client.addresses().list(link), address);
            if (a != null && usable(a, what)) {
                return a;
            }
            while (true) {
                long left = deadline - System.nanoTime();
                NetlinkEvent e = left > 0 ? s.poll(Duration.ofNanos(left)) : null;
                if (e == null) {
                    throw new NetlinkTimeoutException("address " + IpAddresses.format(address) + " was not usable within "
                            + timeout.toMillis() + " ms", what);
                }
                if (e instanceof NetlinkEvent.AddressEvent ae && ae.action() == NetlinkEvent.Action.NEW
                        && ae.address().linkIndex() == index && ae.address().local().equals(address)
                        && usable(ae.address(), what)) {
                    return ae.address();
                }
                if (e instanceof NetlinkEvent.EventsLost) {
                    a = find(client.addresses().list(link), address);
                    if (a != null && usable(a, what)) {
                        return a;
                    }
                }
            }
        }
    }

    private static Address find(List<Address> list, InetAddress address) {
        for (Address a : list) {
            if (a.local().equals(address)) {
                return a;
            }
        }
        return null;
    }

    private static boolean usable(Address a, String what) {
        if (a.flags().contains(AddressFlag.DADFAILED)) {
            throw new NetlinkException(what + ": duplicate address detection failed, the address is in use on the link");
        }
        return a.isUsable();
    }
}
