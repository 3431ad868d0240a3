package io.netlink4j.bench.nft;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.socket.Exchange;
import io.netlink4j.core.socket.Expect;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.Rule;
import io.netlink4j.nftables.expr.Dynset;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Expressions;
import io.netlink4j.nftables.expr.Lookup;
import io.netlink4j.nftables.expr.Objref;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.netlink4j.nftables.NfTables.*;

/**
 * {@code nft-copy [copy] NETNS FAMILY TABLE SRC DST}: copies every rule of chain SRC into
 * chain DST of the same table, inside the network namespace {@code /run/netns/NETNS}, through
 * netlink4j only: the rules are listed and decoded by {@link NftClient} (typed expressions,
 * raw ones for what it cannot name), then encoded again and sent in one nf_tables batch. The
 * anonymous sets a rule uses ({@code tcp dport { 22, 80 }}, verdict and object maps) are
 * created again in the same batch, attribute for attribute as the kernel lists them, and the
 * copied expressions are bound to them by batch-local set id, as nft does.
 *
 * <p>The driver contract of {@code shared/nft-corpus/nft-roundtrip.py} (which calls
 * {@code CMD copy NETNS FAMILY TABLE SRC DST}): exit 0 when every rule was copied; 1 when
 * some were not (if the batch is refused, the rules are sent one batch each and every failure
 * is reported on stderr); 2 for a usage error or when SRC cannot be listed. A command line
 * tool, not a library class; not thread-safe.
 */
public final class NftCopy {
    private static final String ME = "nft-copy";

    private NftCopy() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the copy; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] a = args.length == 6 && args[0].equals("copy") ? Arrays.copyOfRange(args, 1, 6) : args;
        if (a.length != 5) {
            err.println("usage: nft-copy [copy] NETNS FAMILY TABLE SRC DST");
            return 2;
        }
        Family family;
        try {
            family = Family.of(a[1]);
        } catch (IllegalArgumentException e) {
            err.println(ME + ": " + e.getMessage());
            return 2;
        }
        String table = a[2];
        String src = a[3];
        String dst = a[4];
        NetNamespace ns;
        try {
            ns = NetNamespace.open(a[0]);
        } catch (RuntimeException e) {
            err.println(ME + ": no network namespace " + a[0] + ": " + e.getMessage());
            return 2;
        }
        try (ns; NftClient client = NftClient.open(ns);
             NetlinkSocket socket = NetlinkSocket.open(Netlink.NETLINK_NETFILTER, ns)) {
            List<Rule> rules;
            Map<String, RawSet> anonymous;
            try {
                client.getChain(family, table, src); // a missing chain lists as empty: say so instead
                rules = client.listRules(family, table, src);
                anonymous = anonymousSets(socket, family, table, rules);
            } catch (RuntimeException e) {
                err.println(ME + ": listing " + family + " " + table + " " + src + " failed: " + e.getMessage());
                return 2;
            }
            if (rules.isEmpty()) {
                return 0;
            }
            List<Rule> copies = new ArrayList<>();
            for (Rule r : rules) {
                copies.add(r.copyTo(family, table, dst));
            }
            Batch all = new Batch(family, table, anonymous);
            for (Rule r : copies) {
                all.add(r);
            }
            String refused = all.commit(socket);
            if (refused == null) {
                out.println(summary(rules));
                return 0;
            }
            // the batch is all or nothing: find the rules the kernel refuses, one batch each
            int failed = 0;
            for (int i = 0; i < copies.size(); i++) {
                Batch one = new Batch(family, table, anonymous);
                one.add(copies.get(i));
                String why = one.commit(socket);
                if (why != null) {
                    failed++;
                    err.println(ME + ": rule " + (i + 1) + " of " + copies.size() + " not copied: " + why);
                    err.println("  rule: " + rules.get(i).text());
                }
            }
            if (failed == 0) {
                err.println(ME + ": the batch of all rules was refused (" + refused + ") but every rule went in alone");
                return 0;
            }
            err.println(ME + ": " + failed + " of " + copies.size() + " rules not copied");
            return 1;
        } catch (RuntimeException e) {
            err.println(ME + ": " + e);
            return 2;
        }
    }

    // ------------------------------------------------------------------ listing sets as the kernel has them

    /** One attribute as listed: type (flags masked), type as on the wire, value. */
    private record RawAttr(int type, int rawType, byte[] value) {}

    /** An anonymous set as listed: its attributes, and its elements' attributes. */
    private record RawSet(String name, List<RawAttr> attrs, List<List<RawAttr>> elements) {
        /** The template nft names such a set with: {@code __set%d}, {@code __map%d}... */
        String template() {
            int end = name.length();
            while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
                end--;
            }
            return name.substring(0, end) + "%d";
        }
    }

    private static List<RawAttr> attrs(AttributeCursor c) {
        List<RawAttr> out = new ArrayList<>();
        while (c.next()) {
            out.add(new RawAttr(c.type(), c.rawType(), c.bytes()));
        }
        return out;
    }

    /** The anonymous sets (NFT_SET_ANONYMOUS) the rules name, with their elements. */
    private static Map<String, RawSet> anonymousSets(NetlinkSocket socket, Family family, String table, List<Rule> rules) {
        List<String> wanted = new ArrayList<>();
        for (Rule r : rules) {
            for (Expression e : r.expressions()) {
                String s = setName(e);
                if (s != null && !wanted.contains(s)) {
                    wanted.add(s);
                }
            }
        }
        Map<String, RawSet> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        Map<String, List<RawAttr>> sets = new LinkedHashMap<>();
        socket.dump(type(NFT_MSG_GETSET), 0, w -> {
            nfgen(w, family.number());
            w.putString(NFTA_SET_TABLE, table);
        }, (NetlinkMessage m) -> {
            List<RawAttr> a = attrs(m.attributes(4));
            String name = null;
            int flags = 0;
            for (RawAttr x : a) {
                if (x.type() == NFTA_SET_NAME) {
                    name = cString(x.value());
                } else if (x.type() == NFTA_SET_FLAGS && x.value().length == 4) {
                    flags = ((x.value()[0] & 0xff) << 24) | ((x.value()[1] & 0xff) << 16) | ((x.value()[2] & 0xff) << 8)
                            | (x.value()[3] & 0xff);
                }
            }
            if (name != null && (flags & NFT_SET_ANONYMOUS) != 0) {
                sets.put(name, a);
            }
        });
        for (String name : wanted) {
            List<RawAttr> a = sets.get(name);
            if (a == null) {
                continue; // a named set: the copy refers to it by name
            }
            List<List<RawAttr>> elements = new ArrayList<>();
            socket.dump(type(NFT_MSG_GETSETELEM), 0, w -> {
                nfgen(w, family.number());
                w.putString(NFTA_SET_ELEM_LIST_TABLE, table);
                w.putString(NFTA_SET_ELEM_LIST_SET, name);
            }, (NetlinkMessage m) -> {
                AttributeCursor c = m.attributes(4);
                while (c.next()) {
                    if (c.type() == NFTA_SET_ELEM_LIST_ELEMENTS) {
                        AttributeCursor list = c.nested();
                        while (list.next()) {
                            elements.add(attrs(list.nested()));
                        }
                    }
                }
            });
            out.put(name, new RawSet(name, a, elements));
        }
        return out;
    }

    private static String setName(Expression e) {
        if (e instanceof Lookup l) {
            return l.set();
        }
        if (e instanceof Dynset d) {
            return d.set();
        }
        if (e instanceof Objref o) {
            return o.set();
        }
        return null;
    }

    // ------------------------------------------------------------------ one batch

    /** The messages of one nf_tables batch: anonymous sets and their elements, then each rule. */
    private static final class Batch {
        private final Family family;
        private final String table;
        private final Map<String, RawSet> anonymous;
        private final List<Integer> types = new ArrayList<>();
        private final List<Integer> flags = new ArrayList<>();
        private final List<MessageEncoder> bodies = new ArrayList<>();
        private final List<String> what = new ArrayList<>();
        private int nextSetId = 1;

        Batch(Family family, String table, Map<String, RawSet> anonymous) {
            this.family = family;
            this.table = table;
            this.anonymous = anonymous;
        }

        void add(Rule rule) {
            Map<String, Integer> bound = new HashMap<>();
            List<Expression> exprs = new ArrayList<>();
            for (Expression e : rule.expressions()) {
                String name = setName(e);
                RawSet set = name == null ? null : anonymous.get(name);
                if (set == null) {
                    exprs.add(e);
                    continue;
                }
                Integer id = bound.get(name);
                if (id == null) {
                    id = nextSetId++;
                    bound.put(name, id);
                    newSet(set, id);
                }
                exprs.add(rebind(e, set.template(), id));
            }
            Rule copy = rule.withExpressions(exprs);
            message(NFT_MSG_NEWRULE, Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND, out -> {
                nfgen(out, family.number());
                out.putString(NFTA_RULE_TABLE, copy.table());
                out.putString(NFTA_RULE_CHAIN, copy.chain());
                Expressions.encodeList(out, NFTA_RULE_EXPRESSIONS, copy.expressions());
                if (copy.comment() != null) {
                    putRuleComment(out, copy.comment());
                }
            }, "add rule " + copy);
        }

        private static Expression rebind(Expression e, String name, int id) {
            if (e instanceof Lookup l) {
                return l.bindSet(name, id);
            }
            if (e instanceof Dynset d) {
                return new Dynset(d.op(), d.sregKey(), d.sregData(), d.timeout(), name, id, d.flags(), d.expressions());
            }
            Objref o = (Objref) e;
            return new Objref(0, null, o.setSreg(), name, id);
        }

        /** NEWSET with the listed attributes (name turned back into its template, handle left out, id added), then its elements. */
        private void newSet(RawSet set, int id) {
            String template = set.template();
            message(NFT_MSG_NEWSET, Netlink.NLM_F_CREATE, out -> {
                nfgen(out, family.number());
                for (RawAttr a : set.attrs()) {
                    switch (a.type()) {
                        case NFTA_SET_NAME -> out.putString(NFTA_SET_NAME, template);
                        case NFTA_SET_TABLE, NFTA_SET_FLAGS, NFTA_SET_KEY_TYPE, NFTA_SET_KEY_LEN, NFTA_SET_DATA_TYPE,
                                NFTA_SET_DATA_LEN, NFTA_SET_POLICY, NFTA_SET_DESC, NFTA_SET_TIMEOUT, NFTA_SET_GC_INTERVAL,
                                NFTA_SET_USERDATA, NFTA_SET_OBJ_TYPE, NFTA_SET_EXPR, NFTA_SET_EXPRESSIONS ->
                                out.putBytes(a.rawType(), a.value());
                        default -> { } // handle, and what only listings carry (kernel 6.14+: backend type, count)
                    }
                }
                out.putU32Be(NFTA_SET_ID, id);
            }, "add anonymous set " + set.name() + " as " + template + " (id " + id + ")");
            // elements in chunks, so that no attribute outgrows its 16-bit length
            int from = 0;
            while (from < set.elements().size()) {
                int to = from;
                int bytes = 0;
                while (to < set.elements().size() && bytes < 16 << 10) {
                    for (RawAttr a : set.elements().get(to)) {
                        bytes += 8 + a.value().length;
                    }
                    to++;
                }
                List<List<RawAttr>> chunk = set.elements().subList(from, to);
                message(NFT_MSG_NEWSETELEM, Netlink.NLM_F_CREATE, out -> {
                    nfgen(out, family.number());
                    out.putString(NFTA_SET_ELEM_LIST_TABLE, table);
                    out.putString(NFTA_SET_ELEM_LIST_SET, template);
                    out.putU32Be(NFTA_SET_ELEM_LIST_SET_ID, id);
                    int list = out.nestStartFlagged(NFTA_SET_ELEM_LIST_ELEMENTS);
                    for (List<RawAttr> elem : chunk) {
                        int e = out.nestStartFlagged(NFTA_LIST_ELEM);
                        for (RawAttr a : elem) {
                            switch (a.type()) {
                                case NFTA_SET_ELEM_KEY, NFTA_SET_ELEM_KEY_END, NFTA_SET_ELEM_DATA, NFTA_SET_ELEM_FLAGS,
                                        NFTA_SET_ELEM_TIMEOUT, NFTA_SET_ELEM_USERDATA, NFTA_SET_ELEM_EXPR,
                                        NFTA_SET_ELEM_OBJREF, NFTA_SET_ELEM_EXPRESSIONS -> out.putBytes(a.rawType(), a.value());
                                default -> { } // expiration and padding: the kernel's, not the element's
                            }
                        }
                        out.nestEnd(e);
                    }
                    out.nestEnd(list);
                }, "add " + chunk.size() + " elements to " + template + " (id " + id + ")");
                from = to;
            }
        }

        private void message(int msg, int f, MessageEncoder body, String description) {
            types.add(type(msg));
            flags.add(f);
            bodies.add(body);
            what.add(description);
        }

        /** Sends the batch; null when the kernel took it, else why not. */
        String commit(NetlinkSocket socket) {
            Exchange ex = new Exchange();
            MessageEncoder framing = out -> out.u8(0).u8(NFNETLINK_V0).u16be(NFNL_SUBSYS_NFTABLES);
            ex.add(NFNL_MSG_BATCH_BEGIN, 0, Expect.NOTHING, framing, null);
            ex.failureEndsExchange(0);
            for (int i = 0; i < types.size(); i++) {
                ex.add(types.get(i), flags.get(i), Expect.ACK, bodies.get(i), null);
            }
            ex.add(NFNL_MSG_BATCH_END, 0, Expect.NOTHING, framing, null);
            ex.requireOneDatagram();
            try {
                socket.execute(ex);
            } catch (IllegalArgumentException | NetlinkException e) {
                return e.getMessage();
            }
            int i = ex.firstFailure();
            if (i < 0) {
                return null;
            }
            NetlinkException e = ex.error(i, null);
            String cmd = i == 0 || i > what.size() ? "the batch" : what.get(i - 1);
            return cmd + ": " + e.errnoName() + (ex.extendedAck(i) != null ? " (" + ex.extendedAck(i) + ")" : "");
        }
    }

    // ------------------------------------------------------------------ helpers

    /** {@code copied 12 rules, 57 expressions, 0 raw} (with the raw kinds, if any): what the decoders covered. */
    static String summary(List<Rule> rules) {
        int exprs = 0;
        Map<String, Integer> raw = new java.util.TreeMap<>();
        for (Rule r : rules) {
            for (Expression e : r.expressions()) {
                exprs++;
                if (e instanceof io.netlink4j.nftables.expr.RawExpression) {
                    raw.merge(e.kind(), 1, Integer::sum);
                }
            }
        }
        int rawCount = raw.values().stream().mapToInt(Integer::intValue).sum();
        return "copied " + rules.size() + " rules, " + exprs + " expressions, " + rawCount + " raw" + (raw.isEmpty() ? "" : " " + raw);
    }

    private static int type(int msg) {
        return (NFNL_SUBSYS_NFTABLES << 8) | msg;
    }

    private static void nfgen(MessageWriter out, int family) {
        out.u8(family).u8(NFNETLINK_V0).u16be(0);
    }

    private static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /** NFTA_RULE_USERDATA as nft writes a comment: TLV {type 0 (comment), length, text + NUL}. */
    private static void putRuleComment(MessageWriter out, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        byte[] tlv = new byte[text.length + 3];
        tlv[0] = 0;
        tlv[1] = (byte) (text.length + 1);
        System.arraycopy(text, 0, tlv, 2, text.length);
        out.putBytes(NFTA_RULE_USERDATA, tlv);
    }
}
