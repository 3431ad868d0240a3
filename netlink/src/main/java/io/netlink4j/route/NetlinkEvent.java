package io.netlink4j.route;

/**
 * A notification from the kernel about links, addresses or routes, as {@code ip monitor}
 * prints them; or word that some were lost.
 *
 * <p>Immutable, hence thread-safe.
 */
public sealed interface NetlinkEvent permits NetlinkEvent.LinkEvent, NetlinkEvent.AddressEvent,
        NetlinkEvent.RouteEvent, NetlinkEvent.EventsLost {

    /** Whether the object appeared or changed, or went away. */
    enum Action {
        /** RTM_NEW*: created or changed. */
        NEW,
        /** RTM_DEL*: deleted. */
        DELETED
    }

    /**
     * A link was created or changed (NEW) or deleted (DELETED).
     *
     * @param action new or deleted
     * @param link   the link's state as the kernel reported it
     */
    record LinkEvent(Action action, Link link) implements NetlinkEvent {
        @Override
        public String toString() {
            return (action == Action.DELETED ? "Deleted " : "") + link;
        }
    }

    /**
     * An address was added or changed (NEW, also when IPv6 DAD ends) or removed (DELETED).
     *
     * @param action  new or deleted
     * @param address the address
     */
    record AddressEvent(Action action, Address address) implements NetlinkEvent {
        @Override
        public String toString() {
            return (action == Action.DELETED ? "Deleted " : "") + address.linkIndex() + ": " + address;
        }
    }

    /**
     * A route was added or changed (NEW) or removed (DELETED).
     *
     * @param action new or deleted
     * @param route  the route
     */
    record RouteEvent(Action action, Route route) implements NetlinkEvent {
        @Override
        public String toString() {
            return (action == Action.DELETED ? "Deleted " : "") + route;
        }
    }

    /**
     * The kernel dropped notifications because the subscriber fell behind (ENOBUFS): list the
     * current state again to resynchronise.
     *
     * @param detail what the socket reported
     */
    record EventsLost(String detail) implements NetlinkEvent {
    }
}
