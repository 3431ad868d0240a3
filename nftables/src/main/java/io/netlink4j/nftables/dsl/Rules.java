package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.AnonymousSet;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.SetElement;
import io.netlink4j.nftables.Verdict;
import io.netlink4j.nftables.expr.Bitwise;
import io.netlink4j.nftables.expr.Bytes;
import io.netlink4j.nftables.expr.Cmp;
import io.netlink4j.nftables.expr.Counter;
import io.netlink4j.nftables.expr.Ct;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Immediate;
import io.netlink4j.nftables.expr.Limit;
import io.netlink4j.nftables.expr.Log;
import io.netlink4j.nftables.expr.Lookup;
import io.netlink4j.nftables.expr.Masq;
import io.netlink4j.nftables.expr.Meta;
import io.netlink4j.nftables.expr.Nat;
import io.netlink4j.nftables.expr.NatFlags;
import io.netlink4j.nftables.expr.Notrack;
import io.netlink4j.nftables.expr.Payload;
import io.netlink4j.nftables.expr.Quota;
import io.netlink4j.nftables.expr.Range;
import io.netlink4j.nftables.expr.Redir;
import io.netlink4j.nftables.expr.Reject;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import static io.netlink4j.nftables.dsl.RuleBuilder.NFPROTO_IPV4;
import static io.netlink4j.nftables.dsl.RuleBuilder.NFPROTO_IPV6;
import static io.netlink4j.nftables.dsl.RuleBuilder.REG;

/**
 * Rules written like nft, so that nobody sees a register: static factories for statements,
 * and {@link #rule} to turn them into exactly the expressions nft 1.0.6 sends for the same
 * rule text (protocol dependencies, prefix loads, merged loads and inline sets included).
 * Thread-safe (stateless; statements are immutable).
 *
 * <p>The founding scenario, side by side with its nft text:
 * <pre>{@code
 * import static io.netlink4j.nftables.dsl.Rules.*;
 *
 * // nft add rule ip nat postrouting ip saddr 192.168.8.0/24 oifname "eth0" masquerade
 * rule(ipSaddr("192.168.8.0/24"), oifname("eth0"), masquerade())
 *
 * // nft add rule inet filter forward iifname "veth01" oifname "eth0" accept
 * rule(iifname("veth01"), oifname("eth0"), accept())
 *
 * // nft add rule inet filter forward iifname "eth0" oifname "veth01" ct state established,related accept
 * rule(iifname("eth0"), oifname("veth01"), ctState(ESTABLISHED, RELATED), accept())
 *
 * // nft add rule inet filter forward counter accept
 * rule(counter(), accept())
 * }</pre>
 *
 * <p>More, each with its nft text:
 * <pre>{@code
 * rule(tcpDport(22, 80), accept())                         // tcp dport { 22, 80 } accept
 * rule(INET, ipSaddr("10.0.0.0/8"), drop())                 // ip saddr 10.0.0.0/8 drop   (inet table)
 * rule(not(iifname("lo")), udpDport(53), counter(), drop()) // iifname != "lo" udp dport 53 counter drop
 * rule(tcpDport(22), dnat("10.0.0.1", 2222))               // tcp dport 22 dnat to 10.0.0.1:2222
 * rule(oifname("eth0"), snat("203.0.113.1"))              // oifname "eth0" snat to 203.0.113.1
 * rule(log("dropped: "), limit(10, ChronoUnit.SECONDS), reject())
 *                                                          // log prefix "dropped: " limit rate 10/second reject
 * rule(metaMark(0x10), jump("marked"))                     // meta mark 0x00000010 jump marked
 * }</pre>
 *
 * <p>Named sets and verdict maps (the set or map must exist, e.g. made with
 * {@link io.netlink4j.nftables.Transaction#addSet}, before or in the same batch as the rule):
 * <pre>{@code
 * rule(ipSaddrIn("blocklist"), drop())                    // ip saddr @blocklist drop
 * rule(not(ipSaddrIn("allow")), drop())                   // ip saddr != @allow drop
 * rule(tcpDportIn("ports"), accept())                     // tcp dport @ports accept
 * rule(iifnameIn("ifs"))                                   // iifname @ifs
 * rule(ip6SaddrIn("v6"))                                   // ip6 saddr @v6
 * rule(tcpDportVmap(Map.of(22, Verdict.accept(), 80, Verdict.drop())))
 *                                                          // tcp dport vmap { 22 : accept, 80 : drop }
 * rule(tcpDportVmap("by_port"))                            // tcp dport vmap @by_port
 * rule(ipSaddrVmap(Map.of("10.0.0.1", Verdict.accept()))) // ip saddr vmap { 10.0.0.1 : accept }
 * rule(ipSaddrVmap("by_addr"))                             // ip saddr vmap @by_addr
 * }</pre>
 * An inline verdict map's elements go in ascending key order (nft sends them in the order
 * written: write the nft text sorted for byte-identical messages).
 *
 * <p><b>The table's family.</b> {@link #rule(Statement...)} is for ip and ip6 tables, where
 * the family says which network header a packet has; it also serves any table for rules that
 * match no IP header. In inet, bridge and netdev tables a match on an IP header needs
 * {@link #rule(Family, Statement...)}, which adds the check nft adds ({@code meta nfproto
 * ipv4}, {@code meta protocol ip}); without it the rule would read IPv6 packets as if they
 * were IPv4.
 *
 * <p>Bad values (a prefix of 33, port 65536, an interface name over 15 bytes, an empty name,
 * a set name of 256 bytes or more)
 * are IllegalArgumentExceptions naming the value, raised when the statement is made.
 */
public final class Rules {
    /** IPPROTO_ICMP. */
    public static final int ICMP = 1;
    /** IPPROTO_TCP. */
    public static final int TCP = 6;
    /** IPPROTO_UDP. */
    public static final int UDP = 17;
    /** IPPROTO_ICMPV6. */
    public static final int ICMPV6 = 58;
    /** IPPROTO_SCTP. */
    public static final int SCTP = 132;

    /** {@link Family#INET}, for {@code rule(INET, ...)}. */
    public static final Family INET = Family.INET;
    /** {@link CtState#ESTABLISHED}. */
    public static final CtState ESTABLISHED = CtState.ESTABLISHED;
    /** {@link CtState#RELATED}. */
    public static final CtState RELATED = CtState.RELATED;
    /** {@link CtState#NEW}. */
    public static final CtState NEW = CtState.NEW;
    /** {@link CtState#INVALID}. */
    public static final CtState INVALID = CtState.INVALID;
    /** {@link CtState#UNTRACKED}. */
    public static final CtState UNTRACKED = CtState.UNTRACKED;

    // nft's datatype numbers (NFTA_SET_KEY_TYPE) for the keys of inline sets
    private static final int TYPE_IPADDR = 7;
    private static final int TYPE_IP6ADDR = 8;
    private static final int TYPE_INET_PROTOCOL = 12;
    private static final int TYPE_INET_SERVICE = 13;
    private static final int TYPE_IFNAME = 41;

    private static final int IFNAMSIZ = 16;

    /** A verdict map's lookup writes the verdict into the verdict register. */
    private static final int VERDICT_REG = NfTables.NFT_REG_VERDICT;

    private Rules() {}

    // ------------------------------------------------------------------ rules

    /**
     * The expressions of a rule in an ip or ip6 table (or of any rule without IP header
     * matches), as nft 1.0.6 would send them.
     *
     * @throws IllegalArgumentException for conflicting protocols ({@code tcp dport} then {@code udp dport})
     */
    public static List<Expression> rule(Statement... statements) {
        return build(null, statements);
    }

    /** The expressions of a rule in a table of {@code family}, as nft 1.0.6 would send them. */
    public static List<Expression> rule(Family family, Statement... statements) {
        return build(Objects.requireNonNull(family, "family"), statements);
    }

    /** The same, from a list. */
    public static List<Expression> rule(Family family, List<Statement> statements) {
        return build(Objects.requireNonNull(family, "family"), statements.toArray(new Statement[0]));
    }

    private static List<Expression> build(Family family, Statement[] statements) {
        if (statements.length == 0) {
            throw new IllegalArgumentException("a rule needs at least one statement");
        }
        RuleBuilder b = new RuleBuilder(family);
        for (Statement s : statements) {
            Objects.requireNonNull(s, "statement").emit(b);
        }
        return b.build();
    }

    /** The nft text of the statements ({@code iifname "veth01" oifname "eth0" accept}), as in an ip table. */
    public static String text(Statement... statements) {
        return text(null, statements);
    }

    /** The nft text of the statements in a table of {@code family} (nat reads {@code snat ip to} in inet). */
    public static String text(Family family, Statement... statements) {
        StringJoiner j = new StringJoiner(" ");
        for (Statement s : statements) {
            j.add(s.text(family));
        }
        return j.toString();
    }

    /**
     * The inverted match: {@code not(iifname("lo"))} is {@code iifname != "lo"},
     * {@code not(tcpDport(22, 80))} is {@code tcp dport != { 22, 80 }}.
     *
     * @throws IllegalArgumentException for statements that cannot be inverted (actions,
     *                                  {@code ct state} with several states)
     */
    public static Statement not(Statement match) {
        Statement n = Objects.requireNonNull(match, "match").negation();
        if (n == null) {
            throw new IllegalArgumentException("cannot invert \"" + match + "\"");
        }
        return n;
    }

    // ------------------------------------------------------------------ interfaces

    /**
     * {@code iifname "NAME"}: the input interface's name. A trailing {@code *} matches names
     * starting with the rest ({@code "veth*"}); several names make an inline set.
     */
    public static Statement iifname(String... names) {
        return ifname(Meta.Key.IIFNAME, "iifname", names);
    }

    /** {@code oifname "NAME"}: the output interface's name (see {@link #iifname}). */
    public static Statement oifname(String... names) {
        return ifname(Meta.Key.OIFNAME, "oifname", names);
    }

    private static Statement ifname(Meta.Key key, String word, String[] names) {
        if (names.length == 0) {
            throw new IllegalArgumentException(word + " needs at least one interface name");
        }
        for (String n : names) {
            validateIfname(n, names.length == 1);
        }
        if (names.length == 1) {
            String name = names[0];
            boolean wildcard = name.endsWith("*");
            // nft compares the whole IFNAMSIZ buffer, NUL padding included; a wildcard only the prefix
            Bytes value = wildcard
                    ? Bytes.of(name.substring(0, name.length() - 1).getBytes(StandardCharsets.UTF_8))
                    : Bytes.string(name, IFNAMSIZ);
            String text = word + " \"" + name + "\"";
            return Statement.negatable(text, b -> cmp(b, key, Cmp.Op.EQ, value),
                    word + " != \"" + name + "\"", b -> cmp(b, key, Cmp.Op.NEQ, value));
        }
        List<SetElement> elems = new ArrayList<>();
        for (String n : distinct(names)) {
            elems.add(SetElement.of(Bytes.string(n, IFNAMSIZ).toArray()));
        }
        AnonymousSet set = new AnonymousSet(TYPE_IFNAME, IFNAMSIZ, 0, 0, 0, elems);
        String list = braces(Arrays.stream(names).map(n -> "\"" + n + "\"").toArray(String[]::new));
        return Statement.negatable(word + " " + list, b -> lookup(b, key, set, false),
                word + " != " + list, b -> lookup(b, key, set, true));
    }

    private static void validateIfname(String name, boolean wildcardAllowed) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty interface name");
        }
        String plain = name.endsWith("*") ? name.substring(0, name.length() - 1) : name;
        if (name.endsWith("*") && (!wildcardAllowed || plain.isEmpty())) {
            throw new IllegalArgumentException("interface name wildcard not allowed here: \"" + name + "\"");
        }
        int len = plain.getBytes(StandardCharsets.UTF_8).length;
        if (len >= IFNAMSIZ) {
            throw new IllegalArgumentException("interface name longer than 15 bytes: \"" + name + "\"");
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == '/' || c == ':' || Character.isWhitespace(c) || c == 0 || c == '*') {
                throw new IllegalArgumentException("interface name with '" + c + "' in it: \"" + name + "\"");
            }
        }
    }

    /** {@code iif INDEX}: the input interface, by index (nft resolves {@code iif lo} to the index when adding). */
    public static Statement iif(int ifindex) {
        return ifindex(Meta.Key.IIF, "iif", ifindex);
    }

    /** {@code oif INDEX}: the output interface, by index. */
    public static Statement oif(int ifindex) {
        return ifindex(Meta.Key.OIF, "oif", ifindex);
    }

    private static Statement ifindex(Meta.Key key, String word, int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException(word + ": interface index must be positive, got " + ifindex);
        }
        Bytes v = Bytes.host32(ifindex);
        return Statement.negatable(word + " " + ifindex, b -> cmp(b, key, Cmp.Op.EQ, v),
                word + " != " + ifindex, b -> cmp(b, key, Cmp.Op.NEQ, v));
    }

    // ------------------------------------------------------------------ meta

    /** {@code meta l4proto tcp}: the transport protocol (IPPROTO_* number); several make an inline set. */
    public static Statement l4proto(int... protocols) {
        if (protocols.length == 0) {
            throw new IllegalArgumentException("l4proto needs at least one protocol");
        }
        for (int p : protocols) {
            if (p < 0 || p > 255) {
                throw new IllegalArgumentException("layer 4 protocol out of range 0..255: " + p);
            }
        }
        if (protocols.length == 1) {
            int p = protocols[0];
            Bytes v = Bytes.u8(p);
            return Statement.negatable("meta l4proto " + protoName(p), b -> {
                cmp(b, Meta.Key.L4PROTO, Cmp.Op.EQ, v);
                b.knownTransport(p);
            }, "meta l4proto != " + protoName(p), b -> cmp(b, Meta.Key.L4PROTO, Cmp.Op.NEQ, v));
        }
        List<SetElement> elems = new ArrayList<>();
        for (int p : distinct(protocols)) {
            elems.add(SetElement.of(new byte[] {(byte) p}));
        }
        AnonymousSet set = new AnonymousSet(TYPE_INET_PROTOCOL, 1, 0, 0, 0, elems);
        String list = braces(Arrays.stream(protocols).mapToObj(Rules::protoName).toArray(String[]::new));
        return Statement.negatable("meta l4proto " + list, b -> lookup(b, Meta.Key.L4PROTO, set, false),
                "meta l4proto != " + list, b -> lookup(b, Meta.Key.L4PROTO, set, true));
    }

    private static String protoName(int p) {
        return switch (p) {
            case ICMP -> "icmp";
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMPV6 -> "ipv6-icmp";
            case SCTP -> "sctp";
            default -> Integer.toString(p);
        };
    }

    /** {@code meta mark 0x10}: the packet mark. */
    public static Statement metaMark(int mark) {
        Bytes v = Bytes.host32(mark);
        String hex = String.format("0x%08x", mark);
        return Statement.negatable("meta mark " + hex, b -> cmp(b, Meta.Key.MARK, Cmp.Op.EQ, v),
                "meta mark != " + hex, b -> cmp(b, Meta.Key.MARK, Cmp.Op.NEQ, v));
    }

    /** {@code meta skuid UID}: the owner of the local socket. */
    public static Statement skuid(int uid) {
        Bytes v = Bytes.host32(uid);
        return Statement.negatable("meta skuid " + Integer.toUnsignedString(uid), b -> cmp(b, Meta.Key.SKUID, Cmp.Op.EQ, v),
                "meta skuid != " + Integer.toUnsignedString(uid), b -> cmp(b, Meta.Key.SKUID, Cmp.Op.NEQ, v));
    }

    /** {@code meta skgid GID}: the group of the local socket. */
    public static Statement skgid(int gid) {
        Bytes v = Bytes.host32(gid);
        return Statement.negatable("meta skgid " + Integer.toUnsignedString(gid), b -> cmp(b, Meta.Key.SKGID, Cmp.Op.EQ, v),
                "meta skgid != " + Integer.toUnsignedString(gid), b -> cmp(b, Meta.Key.SKGID, Cmp.Op.NEQ, v));
    }

    /** {@code meta mark set 0x5}: sets the packet mark. */
    public static Statement setMetaMark(int mark) {
        return Statement.of(String.format("meta mark set 0x%08x", mark), b -> {
            b.add(Immediate.value(REG, Bytes.host32(mark)));
            b.add(Meta.set(Meta.Key.MARK, REG));
        });
    }

    // ------------------------------------------------------------------ ct

    /**
     * {@code ct state established,related}: the connection is in one of these states. Inverted
     * ({@link #not}) only with a single state: nft 1.0.6 compiles {@code ct state != a,b} into a
     * test that is always true.
     */
    public static Statement ctState(CtState... states) {
        Set<CtState> set = distinct(states, "ct state needs at least one state");
        int mask = 0;
        StringJoiner names = new StringJoiner(",");
        for (CtState s : set) {
            mask |= s.bit();
            names.add(s.toString());
        }
        return bitmask(Ct.Key.STATE, "ct state " + names, mask, set.size() == 1);
    }

    /** {@code ct status dnat}: the connection has one of these status bits. */
    public static Statement ctStatus(CtStatus... bits) {
        Set<CtStatus> set = distinct(bits, "ct status needs at least one bit");
        int mask = 0;
        StringJoiner names = new StringJoiner(",");
        for (CtStatus s : set) {
            mask |= s.bit();
            names.add(s.toString());
        }
        return bitmask(Ct.Key.STATUS, "ct status " + names, mask, set.size() == 1);
    }

    private static Statement bitmask(Ct.Key key, String text, int mask, boolean invertible) {
        Statement.Emitter pos = b -> {
            b.add(Ct.load(key, REG));
            b.add(Bitwise.maskXor(REG, REG, Bytes.host32(mask), Bytes.host32(0)));
            b.add(new Cmp(REG, Cmp.Op.NEQ, Bytes.host32(0)));
        };
        if (!invertible) {
            return Statement.of(text, pos);
        }
        String neg = text.replaceFirst(" (\\S+)$", " != $1");
        return Statement.negatable(text, pos, neg, b -> {
            b.add(Ct.load(key, REG));
            b.add(new Cmp(REG, Cmp.Op.NEQ, Bytes.host32(mask)));
        });
    }

    /** {@code ct mark 0x10}: the connection mark. */
    public static Statement ctMark(int mark) {
        Bytes v = Bytes.host32(mark);
        String hex = String.format("0x%08x", mark);
        return Statement.negatable("ct mark " + hex, b -> {
            b.add(Ct.load(Ct.Key.MARK, REG));
            b.add(new Cmp(REG, Cmp.Op.EQ, v));
        }, "ct mark != " + hex, b -> {
            b.add(Ct.load(Ct.Key.MARK, REG));
            b.add(new Cmp(REG, Cmp.Op.NEQ, v));
        });
    }

    /** {@code ct mark set 0x7}: sets the connection mark. */
    public static Statement setCtMark(int mark) {
        return Statement.of(String.format("ct mark set 0x%08x", mark), b -> {
            b.add(Immediate.value(REG, Bytes.host32(mark)));
            b.add(Ct.set(Ct.Key.MARK, REG));
        });
    }

    // ------------------------------------------------------------------ ip / ip6

    /** {@code ip saddr 192.168.8.0/24}: IPv4 source address or prefix; several make an inline set. */
    public static Statement ipSaddr(String... addresses) {
        return address("ip saddr", NFPROTO_IPV4, 12, addresses);
    }

    /** {@code ip daddr 10.0.0.1}: IPv4 destination address or prefix. */
    public static Statement ipDaddr(String... addresses) {
        return address("ip daddr", NFPROTO_IPV4, 16, addresses);
    }

    /** {@code ip6 saddr fd00::/64}: IPv6 source address or prefix. */
    public static Statement ip6Saddr(String... addresses) {
        return address("ip6 saddr", NFPROTO_IPV6, 8, addresses);
    }

    /** {@code ip6 daddr fd00::1}: IPv6 destination address or prefix. */
    public static Statement ip6Daddr(String... addresses) {
        return address("ip6 daddr", NFPROTO_IPV6, 24, addresses);
    }

    private static Statement address(String what, int nfproto, int offset, String[] addresses) {
        if (addresses.length == 0) {
            throw new IllegalArgumentException(what + " needs at least one address");
        }
        int len = nfproto == NFPROTO_IPV4 ? 4 : 16;
        List<Prefix> prefixes = new ArrayList<>();
        for (String a : addresses) {
            Prefix p = Prefix.parse(a);
            if (p.address().length != len) {
                throw new IllegalArgumentException(what + " takes " + (len == 4 ? "IPv4" : "IPv6") + " addresses, not \"" + a + "\"");
            }
            prefixes.add(p);
        }
        if (prefixes.size() == 1) {
            Prefix p = prefixes.get(0);
            String text = what + " " + addresses[0];
            return Statement.negatable(text, b -> prefixMatch(b, what, nfproto, offset, p, false),
                    what + " != " + addresses[0], b -> prefixMatch(b, what, nfproto, offset, p, true));
        }
        boolean interval = prefixes.stream().anyMatch(p -> !p.host());
        List<SetElement> elems = new ArrayList<>();
        if (interval) {
            // with a prefix in it the set holds intervals, which nft sends as start / end elements
            List<Intervals.Interval> ranges = new ArrayList<>();
            for (Prefix p : prefixes) {
                Intervals.Interval i = Intervals.of(p);
                if (!ranges.contains(i)) {
                    ranges.add(i);
                }
            }
            elems = Intervals.elements(ranges, len, what);
        } else {
            for (Prefix p : prefixes) {
                SetElement e = SetElement.of(p.address());
                if (!elems.contains(e)) {
                    elems.add(e);
                }
            }
        }
        AnonymousSet set = new AnonymousSet(len == 4 ? TYPE_IPADDR : TYPE_IP6ADDR, len,
                interval ? NfTables.NFT_SET_INTERVAL : 0, 0, 0, elems);
        String list = braces(addresses);
        return Statement.negatable(what + " " + list, b -> {
            b.network(nfproto, what);
            b.add(Payload.load(Payload.Base.NETWORK, offset, len, REG));
            b.add(Lookup.anonymous(set, REG, null, false));
        }, what + " != " + list, b -> {
            b.network(nfproto, what);
            b.add(Payload.load(Payload.Base.NETWORK, offset, len, REG));
            b.add(Lookup.anonymous(set, REG, null, true));
        });
    }

    /**
     * nft loads only the prefix's whole bytes when the prefix ends on a byte boundary (a /24
     * is a 3-byte compare); otherwise it masks the full address with a bitwise first.
     */
    private static void prefixMatch(RuleBuilder b, String what, int nfproto, int offset, Prefix p, boolean neq) {
        b.network(nfproto, what);
        byte[] addr = p.address();
        Cmp.Op op = neq ? Cmp.Op.NEQ : Cmp.Op.EQ;
        if (p.host()) {
            if (neq) {
                b.add(Payload.load(Payload.Base.NETWORK, offset, addr.length, REG));
                b.add(new Cmp(REG, op, Bytes.of(addr)));
            } else {
                b.payloadEq(Payload.Base.NETWORK, offset, Bytes.of(addr));
            }
        } else if (p.bits() > 0 && p.bits() % 8 == 0) {
            int n = p.bits() / 8;
            b.add(Payload.load(Payload.Base.NETWORK, offset, n, REG));
            b.add(new Cmp(REG, op, Bytes.of(Arrays.copyOf(addr, n))));
        } else {
            byte[] mask = new byte[addr.length];
            for (int i = 0; i < mask.length; i++) {
                int keep = Math.max(0, Math.min(8, p.bits() - 8 * i));
                mask[i] = (byte) (0xff << (8 - keep));
            }
            b.add(Payload.load(Payload.Base.NETWORK, offset, addr.length, REG));
            b.add(Bitwise.maskXor(REG, REG, Bytes.of(mask), Bytes.of(new byte[addr.length])));
            b.add(new Cmp(REG, op, Bytes.of(addr)));
        }
    }

    // ------------------------------------------------------------------ tcp / udp

    /** {@code tcp dport 22}, or {@code tcp dport { 22, 80 }} for several ports. */
    public static Statement tcpDport(int... ports) {
        return ports("tcp dport", TCP, 2, ports);
    }

    /** {@code tcp sport 1024}, or an inline set for several ports. */
    public static Statement tcpSport(int... ports) {
        return ports("tcp sport", TCP, 0, ports);
    }

    /** {@code udp dport 53}, or an inline set for several ports. */
    public static Statement udpDport(int... ports) {
        return ports("udp dport", UDP, 2, ports);
    }

    /** {@code udp sport 53}, or an inline set for several ports. */
    public static Statement udpSport(int... ports) {
        return ports("udp sport", UDP, 0, ports);
    }

    /** {@code tcp dport 1024-65535}: a port range, bounds included. */
    public static Statement tcpDportRange(int from, int to) {
        return portRange("tcp dport", TCP, 2, from, to);
    }

    /** {@code tcp sport 1024-65535}. */
    public static Statement tcpSportRange(int from, int to) {
        return portRange("tcp sport", TCP, 0, from, to);
    }

    /** {@code udp dport 1024-65535}. */
    public static Statement udpDportRange(int from, int to) {
        return portRange("udp dport", UDP, 2, from, to);
    }

    /** {@code udp sport 1024-65535}. */
    public static Statement udpSportRange(int from, int to) {
        return portRange("udp sport", UDP, 0, from, to);
    }

    private static void validatePort(String what, int port) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException(what + ": port out of range 0..65535: " + port);
        }
    }

    private static Statement ports(String what, int proto, int offset, int[] ports) {
        if (ports.length == 0) {
            throw new IllegalArgumentException(what + " needs at least one port");
        }
        for (int p : ports) {
            validatePort(what, p);
        }
        int[] distinct = distinct(ports);
        if (distinct.length == 1) {
            // nft turns a one-element set into a plain compare
            Bytes v = Bytes.be16(distinct[0]);
            String shown = ports.length == 1 ? Integer.toString(ports[0]) : braces(ports);
            return Statement.negatable(what + " " + shown, b -> {
                b.transport(proto, what);
                b.payloadEq(Payload.Base.TRANSPORT, offset, v);
            }, what + " != " + shown, b -> {
                b.transport(proto, what);
                b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
                b.add(new Cmp(REG, Cmp.Op.NEQ, v));
            });
        }
        List<SetElement> elems = new ArrayList<>();
        for (int p : distinct) {
            elems.add(SetElement.of(Bytes.be16(p).toArray()));
        }
        AnonymousSet set = new AnonymousSet(TYPE_INET_SERVICE, 2, 0, 0, 0, elems);
        String list = braces(ports);
        return Statement.negatable(what + " " + list, b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
            b.add(Lookup.anonymous(set, REG, null, false));
        }, what + " != " + list, b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
            b.add(Lookup.anonymous(set, REG, null, true));
        });
    }

    private static Statement portRange(String what, int proto, int offset, int from, int to) {
        validatePort(what, from);
        validatePort(what, to);
        if (from > to) {
            throw new IllegalArgumentException(what + ": empty port range " + from + "-" + to);
        }
        if (from == to) {
            return ports(what, proto, offset, new int[] {from});
        }
        Bytes lo = Bytes.be16(from);
        Bytes hi = Bytes.be16(to);
        String r = from + "-" + to;
        return Statement.negatable(what + " " + r, b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
            b.add(new Cmp(REG, Cmp.Op.GTE, lo));
            b.add(new Cmp(REG, Cmp.Op.LTE, hi));
        }, what + " != " + r, b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
            b.add(new Range(REG, true, lo, hi));
        });
    }

    // ------------------------------------------------------------------ named sets

    /** {@code ip saddr @SET}: the IPv4 source address is in the named set (invert with {@link #not}). */
    public static Statement ipSaddrIn(String set) {
        return networkIn("ip saddr", NFPROTO_IPV4, 12, 4, set);
    }

    /** {@code ip daddr @SET}: the IPv4 destination address is in the named set. */
    public static Statement ipDaddrIn(String set) {
        return networkIn("ip daddr", NFPROTO_IPV4, 16, 4, set);
    }

    /** {@code ip6 saddr @SET}: the IPv6 source address is in the named set. */
    public static Statement ip6SaddrIn(String set) {
        return networkIn("ip6 saddr", NFPROTO_IPV6, 8, 16, set);
    }

    /** {@code ip6 daddr @SET}: the IPv6 destination address is in the named set. */
    public static Statement ip6DaddrIn(String set) {
        return networkIn("ip6 daddr", NFPROTO_IPV6, 24, 16, set);
    }

    /** {@code tcp dport @SET}: the TCP destination port is in the named set ({@code inet_service}). */
    public static Statement tcpDportIn(String set) {
        return transportIn("tcp dport", TCP, 2, set);
    }

    /** {@code tcp sport @SET}. */
    public static Statement tcpSportIn(String set) {
        return transportIn("tcp sport", TCP, 0, set);
    }

    /** {@code udp dport @SET}. */
    public static Statement udpDportIn(String set) {
        return transportIn("udp dport", UDP, 2, set);
    }

    /** {@code udp sport @SET}. */
    public static Statement udpSportIn(String set) {
        return transportIn("udp sport", UDP, 0, set);
    }

    /** {@code iifname @SET}: the input interface's name is in the named set ({@code ifname}). */
    public static Statement iifnameIn(String set) {
        return metaIn("iifname", Meta.Key.IIFNAME, set);
    }

    /** {@code oifname @SET}: the output interface's name is in the named set. */
    public static Statement oifnameIn(String set) {
        return metaIn("oifname", Meta.Key.OIFNAME, set);
    }

    private static Statement networkIn(String what, int nfproto, int offset, int len, String set) {
        String name = requireSetName(what, set);
        return namedLookup(what, name, b -> {
            b.network(nfproto, what);
            b.add(Payload.load(Payload.Base.NETWORK, offset, len, REG));
        });
    }

    private static Statement transportIn(String what, int proto, int offset, String set) {
        String name = requireSetName(what, set);
        return namedLookup(what, name, b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
        });
    }

    private static Statement metaIn(String what, Meta.Key key, String set) {
        String name = requireSetName(what, set);
        return namedLookup(what, name, b -> b.add(Meta.load(key, REG)));
    }

    /** The key's load, then {@code lookup reg 1 set NAME} (NFT_LOOKUP_F_INV when inverted). */
    private static Statement namedLookup(String what, String set, Statement.Emitter load) {
        Lookup in = new Lookup(set, 0, REG, null, 0, null);
        Lookup notIn = new Lookup(set, 0, REG, null, NfTables.NFT_LOOKUP_F_INV, null);
        return Statement.negatable(what + " @" + set, b -> {
            load.emit(b);
            b.add(in);
        }, what + " != @" + set, b -> {
            load.emit(b);
            b.add(notIn);
        });
    }

    /**
     * A set name the kernel accepts: 1..255 bytes of UTF-8, no NUL, no '%' (the kernel reads
     * it as the number template of anonymous sets).
     */
    private static String requireSetName(String what, String set) {
        if (set == null || set.isEmpty()) {
            throw new IllegalArgumentException(what + ": empty set name");
        }
        int bytes = set.getBytes(StandardCharsets.UTF_8).length;
        if (bytes >= NfTables.NFT_NAME_MAXLEN) {
            throw new IllegalArgumentException(what + ": set name of " + bytes + " bytes, at most "
                    + (NfTables.NFT_NAME_MAXLEN - 1) + ": \"" + set + "\"");
        }
        if (set.indexOf('\0') >= 0 || set.indexOf('%') >= 0) {
            throw new IllegalArgumentException(what + ": set name with NUL or '%' in it: \"" + set + "\"");
        }
        return set;
    }

    // ------------------------------------------------------------------ verdict maps

    /**
     * {@code tcp dport vmap { 22 : accept, 80 : drop }}: the verdict the port maps to (no
     * verdict when it is not in the map). Elements go in ascending port order whatever the
     * map's own order; nft sends them in the order written, so the nft text with the ports
     * sorted gives the same bytes.
     */
    public static Statement tcpDportVmap(Map<Integer, Verdict> verdicts) {
        return portVmap("tcp dport", TCP, 2, verdicts);
    }

    /** {@code tcp dport vmap @MAP}: the verdict the port maps to in the named verdict map. */
    public static Statement tcpDportVmap(String map) {
        return transportVmap("tcp dport", TCP, 2, map);
    }

    /** {@code tcp sport vmap { ... }} (see {@link #tcpDportVmap(Map)}). */
    public static Statement tcpSportVmap(Map<Integer, Verdict> verdicts) {
        return portVmap("tcp sport", TCP, 0, verdicts);
    }

    /** {@code udp dport vmap { 53 : accept }} (see {@link #tcpDportVmap(Map)}). */
    public static Statement udpDportVmap(Map<Integer, Verdict> verdicts) {
        return portVmap("udp dport", UDP, 2, verdicts);
    }

    /** {@code udp dport vmap @MAP}. */
    public static Statement udpDportVmap(String map) {
        return transportVmap("udp dport", UDP, 2, map);
    }

    /**
     * {@code ip saddr vmap { 10.0.0.1 : accept, 10.0.0.2 : drop }}: single IPv4 addresses
     * (prefixes need an interval map, which this does not make), in ascending address order.
     */
    public static Statement ipSaddrVmap(Map<String, Verdict> verdicts) {
        return addressVmap("ip saddr", 12, verdicts);
    }

    /** {@code ip saddr vmap @MAP}. */
    public static Statement ipSaddrVmap(String map) {
        return networkVmap("ip saddr", 12, map);
    }

    /** {@code ip daddr vmap { 10.0.0.1 : accept }} (see {@link #ipSaddrVmap(Map)}). */
    public static Statement ipDaddrVmap(Map<String, Verdict> verdicts) {
        return addressVmap("ip daddr", 16, verdicts);
    }

    /** {@code ip daddr vmap @MAP}. */
    public static Statement ipDaddrVmap(String map) {
        return networkVmap("ip daddr", 16, map);
    }

    private static Statement portVmap(String what, int proto, int offset, Map<Integer, Verdict> verdicts) {
        requireEntries(what, verdicts);
        TreeMap<Integer, Verdict> sorted = new TreeMap<>();
        for (Map.Entry<Integer, Verdict> e : verdicts.entrySet()) {
            Integer port = Objects.requireNonNull(e.getKey(), what + " vmap: null port");
            validatePort(what + " vmap", port);
            sorted.put(port, Objects.requireNonNull(e.getValue(), what + " vmap: null verdict for port " + port));
        }
        List<SetElement> elems = new ArrayList<>();
        StringJoiner text = new StringJoiner(", ", what + " vmap { ", " }");
        for (Map.Entry<Integer, Verdict> e : sorted.entrySet()) {
            elems.add(SetElement.of(Bytes.be16(e.getKey()).toArray(), e.getValue()));
            text.add(e.getKey() + " : " + e.getValue());
        }
        AnonymousSet map = new AnonymousSet(TYPE_INET_SERVICE, 2, NfTables.NFT_SET_MAP, NfTables.NFT_DATA_VERDICT, 0, elems);
        Lookup lookup = Lookup.anonymous(map, REG, VERDICT_REG, false);
        return Statement.of(text.toString(), b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
            b.add(lookup);
        });
    }

    private static Statement transportVmap(String what, int proto, int offset, String map) {
        String name = requireSetName(what + " vmap", map);
        Lookup lookup = new Lookup(name, 0, REG, VERDICT_REG, 0, null);
        return Statement.of(what + " vmap @" + name, b -> {
            b.transport(proto, what);
            b.add(Payload.load(Payload.Base.TRANSPORT, offset, 2, REG));
            b.add(lookup);
        });
    }

    private static Statement addressVmap(String what, int offset, Map<String, Verdict> verdicts) {
        requireEntries(what, verdicts);
        TreeMap<byte[], Verdict> sorted = new TreeMap<>(Arrays::compareUnsigned);
        Map<byte[], String> written = new TreeMap<>(Arrays::compareUnsigned);
        for (Map.Entry<String, Verdict> e : verdicts.entrySet()) {
            String a = Objects.requireNonNull(e.getKey(), what + " vmap: null address");
            Prefix p = Prefix.parse(a);
            if (p.address().length != 4) {
                throw new IllegalArgumentException(what + " vmap takes IPv4 addresses, not \"" + a + "\"");
            }
            if (!p.host()) {
                throw new IllegalArgumentException(what + " vmap takes single addresses, not the prefix \"" + a + "\"");
            }
            Verdict v = Objects.requireNonNull(e.getValue(), what + " vmap: null verdict for " + a);
            if (sorted.put(p.address(), v) != null) {
                throw new IllegalArgumentException(what + " vmap: address given twice: \"" + a + "\"");
            }
            written.put(p.address(), a);
        }
        List<SetElement> elems = new ArrayList<>();
        StringJoiner text = new StringJoiner(", ", what + " vmap { ", " }");
        for (Map.Entry<byte[], Verdict> e : sorted.entrySet()) {
            elems.add(SetElement.of(e.getKey(), e.getValue()));
            text.add(written.get(e.getKey()) + " : " + e.getValue());
        }
        AnonymousSet map = new AnonymousSet(TYPE_IPADDR, 4, NfTables.NFT_SET_MAP, NfTables.NFT_DATA_VERDICT, 0, elems);
        Lookup lookup = Lookup.anonymous(map, REG, VERDICT_REG, false);
        return Statement.of(text.toString(), b -> {
            b.network(NFPROTO_IPV4, what);
            b.add(Payload.load(Payload.Base.NETWORK, offset, 4, REG));
            b.add(lookup);
        });
    }

    private static Statement networkVmap(String what, int offset, String map) {
        String name = requireSetName(what + " vmap", map);
        Lookup lookup = new Lookup(name, 0, REG, VERDICT_REG, 0, null);
        return Statement.of(what + " vmap @" + name, b -> {
            b.network(NFPROTO_IPV4, what);
            b.add(Payload.load(Payload.Base.NETWORK, offset, 4, REG));
            b.add(lookup);
        });
    }

    private static void requireEntries(String what, Map<?, Verdict> verdicts) {
        if (Objects.requireNonNull(verdicts, what + " vmap").isEmpty()) {
            throw new IllegalArgumentException(what + " vmap needs at least one element");
        }
    }

    // ------------------------------------------------------------------ verdicts

    /** {@code accept}. */
    public static Statement accept() {
        return verdict(Verdict.accept());
    }

    /** {@code drop}. */
    public static Statement drop() {
        return verdict(Verdict.drop());
    }

    /** {@code jump CHAIN}: continue in {@code chain}, then come back. */
    public static Statement jump(String chain) {
        return verdict(Verdict.jump(requireChain(chain)));
    }

    /** {@code goto CHAIN}: continue in {@code chain} without coming back. */
    public static Statement goTo(String chain) {
        return verdict(Verdict.goTo(requireChain(chain)));
    }

    /** {@code return}: back to the calling chain. */
    public static Statement returnVerdict() {
        return verdict(Verdict.returnVerdict());
    }

    /** {@code continue}: go on with the next rule. */
    public static Statement continueVerdict() {
        return verdict(Verdict.continueVerdict());
    }

    private static String requireChain(String chain) {
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("empty chain name");
        }
        return chain;
    }

    private static Statement verdict(Verdict v) {
        Immediate imm = Immediate.verdict(v);
        return Statement.of(v.toString(), b -> b.add(imm));
    }

    // ------------------------------------------------------------------ actions

    /** {@code counter}: counts packets and bytes. */
    public static Statement counter() {
        return Statement.of("counter", b -> b.add(Counter.zero()));
    }

    /** {@code notrack}: the packet skips connection tracking. */
    public static Statement notrack() {
        return Statement.of("notrack", b -> b.add(new Notrack()));
    }

    /** {@code log}: logs the packet with the kernel's defaults. */
    public static Statement log() {
        return Statement.of("log", b -> b.add(Log.plain()));
    }

    /** {@code log prefix "PREFIX"}. */
    public static Statement log(String prefix) {
        Log log = Log.prefix(Objects.requireNonNull(prefix, "prefix"));
        return Statement.of("log prefix \"" + prefix + "\"", b -> b.add(log));
    }

    /** {@code limit rate RATE/UNIT}: at most {@code rate} packets per unit, burst 5 as nft's default. */
    public static Statement limit(long rate, ChronoUnit per) {
        return limit(rate, per, 5);
    }

    /** {@code limit rate RATE/UNIT burst BURST packets}. */
    public static Statement limit(long rate, ChronoUnit per, int burst) {
        if (rate <= 0) {
            throw new IllegalArgumentException("limit rate must be positive: " + rate);
        }
        if (burst < 0) {
            throw new IllegalArgumentException("limit burst must not be negative: " + burst);
        }
        long seconds;
        String unit;
        switch (Objects.requireNonNull(per, "per")) {
            case SECONDS -> { seconds = Limit.SECOND; unit = "second"; }
            case MINUTES -> { seconds = Limit.MINUTE; unit = "minute"; }
            case HOURS -> { seconds = Limit.HOUR; unit = "hour"; }
            case DAYS -> { seconds = Limit.DAY; unit = "day"; }
            case WEEKS -> { seconds = Limit.WEEK; unit = "week"; }
            default -> throw new IllegalArgumentException("limit unit must be seconds, minutes, hours, days or weeks: " + per);
        }
        Limit l = Limit.packets(rate, seconds, burst);
        return Statement.of("limit rate " + rate + "/" + unit + (burst == 5 ? "" : " burst " + burst + " packets"), b -> b.add(l));
    }

    /** {@code quota BYTES bytes}: matches until that many bytes have passed. */
    public static Statement quota(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("quota must be positive: " + bytes);
        }
        Quota q = new Quota(bytes, 0, 0);
        return Statement.of("quota " + bytes + " bytes", b -> b.add(q));
    }

    /**
     * {@code reject}: drops and answers with ICMP port unreachable (ip), ICMPv6 port
     * unreachable (ip6) or the family-neutral icmpx port unreachable (inet, bridge, netdev).
     */
    public static Statement reject() {
        return Statement.of("reject", b -> {
            Family f = b.family();
            if (f == Family.INET || f == Family.BRIDGE || f == Family.NETDEV) {
                b.add(new Reject(NfTables.NFT_REJECT_ICMPX_UNREACH, NfTables.NFT_REJECT_ICMPX_PORT_UNREACH));
            } else if (f == Family.IP6 || (f == null && b.network() == NFPROTO_IPV6)) {
                b.add(new Reject(NfTables.NFT_REJECT_ICMP_UNREACH, 4)); // ICMPV6_PORT_UNREACH
            } else {
                b.add(new Reject(NfTables.NFT_REJECT_ICMP_UNREACH, 3)); // ICMP_PORT_UNREACH
            }
        });
    }

    /** {@code reject with tcp reset}: answers TCP packets with a reset (adds {@code meta l4proto tcp}). */
    public static Statement rejectWithTcpReset() {
        return Statement.of("reject with tcp reset", b -> {
            b.transport(TCP, "reject with tcp reset");
            b.add(new Reject(NfTables.NFT_REJECT_TCP_RST, 0));
        });
    }

    // ------------------------------------------------------------------ nat

    /** {@code masquerade}: source NAT to the outgoing interface's address. */
    public static Statement masquerade(NatOption... options) {
        int flags = flags(options);
        Masq m = new Masq(flags, 0, 0);
        return Statement.of("masquerade" + optionText(options), b -> b.add(m));
    }

    /** {@code masquerade to :FROM-TO}: also maps source ports; needs a transport match first. */
    public static Statement masqueradeToPorts(int from, int to, NatOption... options) {
        validatePort("masquerade", from);
        validatePort("masquerade", to);
        int flags = flags(options) | NatFlags.PROTO_SPECIFIED;
        String text = "masquerade to :" + (from == to ? from : from + "-" + to) + optionText(options);
        return Statement.of(text, b -> {
            requireTransport(b, text);
            b.add(Immediate.value(1, Bytes.be16(from)));
            if (from != to) {
                b.add(Immediate.value(2, Bytes.be16(to)));
            }
            b.add(new Masq(flags, 1, from != to ? 2 : 0));
        });
    }

    /** {@code redirect}: destination NAT to this machine, same port. */
    public static Statement redirect() {
        return Statement.of("redirect", b -> b.add(new Redir(0, 0, 0)));
    }

    /** {@code redirect to :PORT}: to this machine's {@code port}; needs a transport match first. */
    public static Statement redirect(int port) {
        validatePort("redirect", port);
        String text = "redirect to :" + port;
        return Statement.of(text, b -> {
            requireTransport(b, text);
            b.add(Immediate.value(1, Bytes.be16(port)));
            b.add(new Redir(1, 0, NatFlags.PROTO_SPECIFIED));
        });
    }

    /** {@code snat to ADDRESS} (or {@code ADDRESS-ADDRESS} for a range). */
    public static Statement snat(String address, NatOption... options) {
        return nat(Nat.Type.SNAT, address, -1, -1, options);
    }

    /** {@code snat to ADDRESS:PORT}; needs a transport match first. */
    public static Statement snat(String address, int port, NatOption... options) {
        validatePort("snat", port);
        return nat(Nat.Type.SNAT, address, port, port, options);
    }

    /** {@code dnat to ADDRESS} (or {@code ADDRESS-ADDRESS}). */
    public static Statement dnat(String address, NatOption... options) {
        return nat(Nat.Type.DNAT, address, -1, -1, options);
    }

    /** {@code dnat to ADDRESS:PORT}; needs a transport match first. */
    public static Statement dnat(String address, int port, NatOption... options) {
        validatePort("dnat", port);
        return nat(Nat.Type.DNAT, address, port, port, options);
    }

    /** {@code dnat to ADDRESS:FROM-TO}; needs a transport match first. */
    public static Statement dnat(String address, int fromPort, int toPort, NatOption... options) {
        validatePort("dnat", fromPort);
        validatePort("dnat", toPort);
        if (fromPort > toPort) {
            throw new IllegalArgumentException("dnat: empty port range " + fromPort + "-" + toPort);
        }
        return nat(Nat.Type.DNAT, address, fromPort, toPort, options);
    }

    private static Statement nat(Nat.Type type, String address, int portMin, int portMax, NatOption[] options) {
        Objects.requireNonNull(address, "address");
        String[] range = address.indexOf(':') < 0 ? address.split("-", -1) : new String[] {address};
        if (range.length > 2) {
            throw new IllegalArgumentException(type + ": bad address range \"" + address + "\"");
        }
        byte[] min = Prefix.address(range[0], address);
        byte[] max = range.length == 2 ? Prefix.address(range[1], address) : null;
        if (max != null && max.length != min.length) {
            throw new IllegalArgumentException(type + ": range mixes IPv4 and IPv6: \"" + address + "\"");
        }
        int nfproto = min.length == 4 ? NFPROTO_IPV4 : NFPROTO_IPV6;
        String addrText = min.length == 16 && portMin >= 0 ? "[" + address + "]" : address;
        String ports = portMin < 0 ? "" : ":" + (portMin == portMax ? Integer.toString(portMin) : portMin + "-" + portMax);
        String opts = optionText(options);
        int flags = flags(options) | (portMin >= 0 ? NatFlags.PROTO_SPECIFIED : 0);
        Statement.Text text = f -> type + (f == Family.INET ? (nfproto == NFPROTO_IPV4 ? " ip" : " ip6") : "")
                + " to " + addrText + ports + opts;
        return new Statement(text, b -> {
            if (portMin >= 0) {
                requireTransport(b, text.in(b.family()));
            }
            int reg = 1;
            int addrMin = reg;
            b.add(Immediate.value(reg++, Bytes.of(min)));
            int addrMax = 0;
            if (max != null) {
                addrMax = reg;
                b.add(Immediate.value(reg++, Bytes.of(max)));
            }
            int protoMin = 0;
            int protoMax = 0;
            if (portMin >= 0) {
                protoMin = reg;
                b.add(Immediate.value(reg++, Bytes.be16(portMin)));
                if (portMax != portMin) {
                    protoMax = reg;
                    b.add(Immediate.value(reg, Bytes.be16(portMax)));
                }
            }
            b.add(new Nat(type, nfproto, addrMin, addrMax, protoMin, protoMax, flags));
        }, null);
    }

    private static void requireTransport(RuleBuilder b, String what) {
        if (b.transport() < 0) {
            throw new IllegalArgumentException(what + ": a port mapping needs a transport protocol match first (tcp dport ..., meta l4proto ...)");
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void cmp(RuleBuilder b, Meta.Key key, Cmp.Op op, Bytes value) {
        b.add(Meta.load(key, REG));
        b.add(new Cmp(REG, op, value));
    }

    private static void lookup(RuleBuilder b, Meta.Key key, AnonymousSet set, boolean invert) {
        b.add(Meta.load(key, REG));
        b.add(Lookup.anonymous(set, REG, null, invert));
    }

    private static int flags(NatOption[] options) {
        int f = 0;
        for (NatOption o : options) {
            f |= Objects.requireNonNull(o, "option").flag();
        }
        return f;
    }

    private static String optionText(NatOption[] options) {
        if (options.length == 0) {
            return "";
        }
        StringJoiner j = new StringJoiner(",", " ", "");
        for (NatOption o : options) {
            j.add(o.toString());
        }
        return j.toString();
    }

    private static String braces(String... items) {
        return "{ " + String.join(", ", items) + " }";
    }

    private static String braces(int... items) {
        return braces(Arrays.stream(items).mapToObj(Integer::toString).toArray(String[]::new));
    }

    private static int[] distinct(int[] values) {
        return Arrays.stream(values).distinct().toArray();
    }

    private static List<String> distinct(String[] values) {
        return new ArrayList<>(new LinkedHashSet<>(Arrays.asList(values)));
    }

    private static <T> Set<T> distinct(T[] values, String emptyMessage) {
        if (values.length == 0) {
            throw new IllegalArgumentException(emptyMessage);
        }
        Set<T> out = new LinkedHashSet<>();
        for (T v : values) {
            out.add(Objects.requireNonNull(v));
        }
        return out;
    }
}
