package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.expr.Bytes;
import io.netlink4j.nftables.expr.Cmp;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Meta;
import io.netlink4j.nftables.expr.Payload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Assembles one rule's expressions from statements the way nft 1.0.6 does: protocol
 * dependencies are added once, before the first match that needs them ({@code meta l4proto
 * tcp} before {@code tcp dport}; in inet tables {@code meta nfproto ipv4} before
 * {@code ip saddr}; in bridge and netdev tables {@code meta protocol ip}), and consecutive
 * equality matches on adjacent header bytes are merged into one load ({@code tcp sport 80
 * tcp dport 22} loads 4 bytes). Single use, not thread-safe.
 */
final class RuleBuilder {
    static final int NFPROTO_IPV4 = 2;
    static final int NFPROTO_IPV6 = 10;
    static final int REG = 1; // nft 1.0.6 works in NFT_REG_1 for plain matches

    /** A payload equality that may merge with its neighbours. */
    private record PayloadEq(Payload.Base base, int offset, byte[] value) {
        int end() {
            return offset + value.length;
        }
    }

    private final Family family;
    private final List<Object> parts = new ArrayList<>(); // Expression or PayloadEq
    private int network; // NFPROTO_* of the network header known so far, 0 = unknown
    private int transport = -1; // layer 4 protocol known so far, -1 = unknown

    /** {@code family} null: the table's family fixes the network protocol (ip, ip6). */
    RuleBuilder(Family family) {
        this.family = family;
    }

    Family family() {
        return family;
    }

    int network() {
        return network;
    }

    int transport() {
        return transport;
    }

    void add(Expression e) {
        parts.add(e);
    }

    void add(List<? extends Expression> list) {
        parts.addAll(list);
    }

    /** {@code base + offset == value}, mergeable with adjacent equalities. */
    void payloadEq(Payload.Base base, int offset, Bytes value) {
        parts.add(new PayloadEq(base, offset, value.toArray()));
    }

    /** The match needs the network protocol {@code nfproto}: adds the dependency the family asks for. */
    void network(int nfproto, String what) {
        if (network == nfproto) {
            return;
        }
        String name = nfproto == NFPROTO_IPV4 ? "ip" : "ip6";
        if (network != 0) {
            throw new IllegalArgumentException("conflicting protocols: " + what + " after an "
                    + (network == NFPROTO_IPV4 ? "ip" : "ip6") + " match");
        }
        if (family == null) {
            // the table's family (ip or ip6) is the dependency
        } else {
            switch (family) {
                case IP, IP6 -> {
                    if (family.number() != nfproto) {
                        throw new IllegalArgumentException(what + " cannot match in an " + family + " table");
                    }
                }
                case INET -> {
                    add(Meta.load(Meta.Key.NFPROTO, REG));
                    add(new Cmp(REG, Cmp.Op.EQ, Bytes.u8(nfproto)));
                }
                case BRIDGE, NETDEV -> {
                    add(Meta.load(Meta.Key.PROTOCOL, REG));
                    add(new Cmp(REG, Cmp.Op.EQ, Bytes.be16(nfproto == NFPROTO_IPV4 ? 0x0800 : 0x86dd)));
                }
                default -> throw new IllegalArgumentException(what + " cannot match in an " + family + " table ("
                        + name + " headers only exist in ip, ip6, inet, bridge and netdev tables)");
            }
        }
        network = nfproto;
    }

    /** The match needs layer 4 protocol {@code proto}: adds {@code meta l4proto PROTO} once. */
    void transport(int proto, String what) {
        if (transport == proto) {
            return;
        }
        if (transport != -1) {
            throw new IllegalArgumentException("conflicting protocols: " + what + " after a match on protocol " + transport);
        }
        add(Meta.load(Meta.Key.L4PROTO, REG));
        add(new Cmp(REG, Cmp.Op.EQ, Bytes.u8(proto)));
        transport = proto;
    }

    /** A match on the layer 4 protocol itself ({@code meta l4proto tcp}) settles it for later matches. */
    void knownTransport(int proto) {
        if (transport != -1 && transport != proto) {
            throw new IllegalArgumentException("conflicting protocols: meta l4proto " + proto + " after protocol " + transport);
        }
        transport = proto;
    }

    /** A match on the network protocol itself ({@code meta nfproto ipv4}). */
    void knownNetwork(int nfproto) {
        if (network != 0 && network != nfproto) {
            throw new IllegalArgumentException("conflicting protocols: network protocol " + nfproto + " after " + network);
        }
        network = nfproto;
    }

    List<Expression> build() {
        List<Expression> out = new ArrayList<>();
        int i = 0;
        while (i < parts.size()) {
            if (!(parts.get(i) instanceof PayloadEq)) {
                out.add((Expression) parts.get(i++));
                continue;
            }
            int j = i;
            while (j < parts.size() && parts.get(j) instanceof PayloadEq) {
                j++;
            }
            List<PayloadEq> run = new ArrayList<>();
            for (int k = i; k < j; k++) {
                run.add((PayloadEq) parts.get(k));
            }
            emitMerged(run, out);
            i = j;
        }
        return List.copyOf(out);
    }

    /**
     * nft merges a run of two or more equality matches: sorted by header and offset, each
     * adjacent pair is joined when the result fits a 16-byte register and stays a fast load
     * (4 bytes at most, a link-layer header, or a side already longer than 4 bytes).
     */
    private static void emitMerged(List<PayloadEq> run, List<Expression> out) {
        if (run.size() > 1) {
            run.sort(Comparator.comparingInt((PayloadEq p) -> p.base().value()).thenComparingInt(PayloadEq::offset));
        }
        PayloadEq last = run.get(0);
        for (int k = 1; k < run.size(); k++) {
            PayloadEq next = run.get(k);
            if (canMerge(last, next)) {
                byte[] joined = Arrays.copyOf(last.value(), last.value().length + next.value().length);
                System.arraycopy(next.value(), 0, joined, last.value().length, next.value().length);
                last = new PayloadEq(last.base(), last.offset(), joined);
            } else {
                emit(last, out);
                last = next;
            }
        }
        emit(last, out);
    }

    private static boolean canMerge(PayloadEq a, PayloadEq b) {
        if (a.base() != b.base() || a.end() != b.offset()) {
            return false;
        }
        int total = a.value().length + b.value().length;
        if (total > 16) {
            return false;
        }
        return a.base() == Payload.Base.LINK || total <= 4 || a.value().length > 4 || b.value().length > 4;
    }

    private static void emit(PayloadEq p, List<Expression> out) {
        out.add(Payload.load(p.base(), p.offset(), p.value().length, REG));
        out.add(new Cmp(REG, Cmp.Op.EQ, Bytes.of(p.value())));
    }
}
