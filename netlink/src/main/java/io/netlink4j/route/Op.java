package io.netlink4j.route;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import java.util.function.Consumer;

/**
 * One change request of a batch: its message type and flags, the link names it needs as
 * indexes, the link it creates, and its encoder. Immutable, hence thread-safe.
 */
abstract class Op {
    private final String description;

    Op(String description) {
        this.description = description;
    }

    /** What the request does, for error messages: "adding address 192.168.8.1/24 on veth01". */
    final String description() {
        return description;
    }

    abstract int messageType();

    /** Header flags beyond REQUEST and ACK. */
    abstract int flags();

    /** Hands every link name this request must send as an index to {@code sink}. */
    abstract void names(Consumer<String> sink);

    /** Name of the link this request creates, or null. */
    String creates() {
        return null;
    }

    /** Index asked for the created link, or 0. */
    int createsIndex() {
        return 0;
    }

    /** Name of a veth peer created in this same namespace, or null. */
    String createsPeer() {
        return null;
    }

    /** Index asked for that peer, or 0. */
    int createsPeerIndex() {
        return 0;
    }

    abstract void encode(MessageWriter w, IndexResolver r);

    static void name(LinkRef ref, Consumer<String> sink) {
        if (ref instanceof LinkRef.ByName) {
            sink.accept(((LinkRef.ByName) ref).name());
        }
    }

    // ------------------------------------------------------------------ links

    static final class CreateLink extends Op {
        final LinkSpec spec;

        CreateLink(LinkSpec spec) {
            super("creating " + spec.describe());
            this.spec = spec.validateComplete();
        }

        @Override
        int messageType() {
            return Rtnetlink.RTM_NEWLINK;
        }

        @Override
        int flags() {
            return Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
        }

        @Override
        void names(Consumer<String> sink) {
            name(spec.parent(), sink);
            name(spec.master(), sink);
            if (spec.kind() instanceof LinkKind.Vxlan) {
                name(((LinkKind.Vxlan) spec.kind()).device(), sink);
            }
        }

        @Override
        String creates() {
            // a link created in another namespace cannot be named by later requests on this socket
            return spec.namespace() == null ? spec.name() : null;
        }

        @Override
        int createsIndex() {
            return spec.index();
        }

        @Override
        String createsPeer() {
            if (spec.namespace() == null && spec.kind() instanceof LinkKind.Veth) {
                VethPeer p = ((LinkKind.Veth) spec.kind()).peer();
                return p.namespace() == null ? p.name() : null;
            }
            return null;
        }

        @Override
        int createsPeerIndex() {
            return createsPeer() == null ? 0 : ((LinkKind.Veth) spec.kind()).peer().index();
        }

        @Override
        void encode(MessageWriter w, IndexResolver r) {
            LinkCodec.encodeCreate(w, spec, r);
        }
    }

    static final class ChangeLink extends Op {
        final LinkChange change;

        ChangeLink(LinkChange change) {
            super(describe(change));
            if (change.isEmpty()) {
                throw new IllegalArgumentException("nothing to change on link " + change.link());
            }
            this.change = change;
        }

        private static String describe(LinkChange c) {
            if (c.namespace() != null || c.pid() > 0) {
                return "moving " + c + " (to namespace "
                        + (c.namespace() != null ? c.namespace().description() : "of pid " + c.pid()) + ")";
            }
            return "setting " + c;
        }

        @Override
        int messageType() {
            return Rtnetlink.RTM_NEWLINK;
        }

        @Override
        int flags() {
            return 0;
        }

        @Override
        void names(Consumer<String> sink) {
            if (change.newName() != null) {
                name(change.link(), sink);
            }
            name(change.master(), sink);
        }

        @Override
        void encode(MessageWriter w, IndexResolver r) {
            LinkCodec.encodeChange(w, change, r);
        }
    }

    static final class DeleteLink extends Op {
        final LinkRef link;

        DeleteLink(LinkRef link) {
            super("deleting link " + link);
            this.link = link;
        }

        @Override
        int messageType() {
            return Rtnetlink.RTM_DELLINK;
        }

        @Override
        int flags() {
            return 0;
        }

        @Override
        void names(Consumer<String> sink) {
            // the kernel finds a link by IFLA_IFNAME itself
        }

        @Override
        void encode(MessageWriter w, IndexResolver r) {
            LinkCodec.encodeRef(w, link);
        }
    }

    // ------------------------------------------------------------------ addresses

    /** What to do with an address or route. */
    enum Verb {
        ADD("adding", Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL),
        REPLACE("replacing", Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE),
        DELETE("deleting", 0);

        final String gerund;
        final int flags;

        Verb(String gerund, int flags) {
            this.gerund = gerund;
            this.flags = flags;
        }
    }

    static final class AddressOp extends Op {
        final AddressSpec spec;
        final Verb verb;

        AddressOp(AddressSpec spec, Verb verb) {
            super(verb.gerund + " address " + spec.describe());
            this.spec = spec;
            this.verb = verb;
        }

        @Override
        int messageType() {
            return verb == Verb.DELETE ? Rtnetlink.RTM_DELADDR : Rtnetlink.RTM_NEWADDR;
        }

        @Override
        int flags() {
            return verb.flags;
        }

        @Override
        void names(Consumer<String> sink) {
            name(spec.link(), sink);
        }

        @Override
        void encode(MessageWriter w, IndexResolver r) {
            AddressCodec.encode(w, spec, r.index(spec.link()), verb == Verb.DELETE);
        }
    }

    // ------------------------------------------------------------------ routes

    static final class RouteOp extends Op {
        final RouteSpec spec;
        final Verb verb;

        RouteOp(RouteSpec spec, Verb verb) {
            super(verb.gerund + " route " + spec.describe());
            this.spec = spec;
            this.verb = verb;
        }

        @Override
        int messageType() {
            return verb == Verb.DELETE ? Rtnetlink.RTM_DELROUTE : Rtnetlink.RTM_NEWROUTE;
        }

        @Override
        int flags() {
            return verb.flags;
        }

        @Override
        void names(Consumer<String> sink) {
            name(spec.device(), sink);
            for (RouteSpec.Hop h : spec.nextHops()) {
                name(h.device(), sink);
            }
        }

        @Override
        void encode(MessageWriter w, IndexResolver r) {
            RouteCodec.encode(w, spec, r, verb == Verb.DELETE);
        }
    }
}
