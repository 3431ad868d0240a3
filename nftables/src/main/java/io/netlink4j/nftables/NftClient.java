package io.netlink4j.nftables;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.DumpInterruptedException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.socket.MessageDecoder;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.socket.SocketOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static io.netlink4j.nftables.NfTables.*;

/**
 * nf_tables of one network namespace: list tables, chains, rules, sets and elements, and change
 * them in all-or-nothing {@link #transaction() transactions}. Speaks nfnetlink on one
 * NETLINK_NETFILTER socket, opened in the namespace and reused for every call.
 *
 * <pre>{@code
 * try (NftClient nft = NftClient.open(namespace)) {
 *     nft.transaction().addTable(Family.INET, "filter").commit();
 *     List<Rule> rules = nft.listRules(Family.INET, "filter");
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may share one client; each call holds the socket for
 * its own exchange only. Listings that the kernel reports as interrupted by a concurrent
 * change (NLM_F_DUMP_INTR) are retried a few times before DumpInterruptedException.
 */
public final class NftClient implements AutoCloseable {
    private static final int DUMP_ATTEMPTS = 5;

    private final NetlinkSocket socket;

    private NftClient(NetlinkSocket socket) {
        this.socket = socket;
    }

    /** A client for the calling thread's network namespace. */
    public static NftClient open() {
        return new NftClient(NetlinkSocket.open(Netlink.NETLINK_NETFILTER));
    }

    /** A client for {@code namespace} (the socket is created inside it; the caller's thread does not move). */
    public static NftClient open(NetNamespace namespace) {
        return new NftClient(NetlinkSocket.open(Netlink.NETLINK_NETFILTER, namespace));
    }

    /** A client for {@code namespace} with socket {@code options} (timeouts, buffer sizes: one batch must fit the send buffer). */
    public static NftClient open(NetNamespace namespace, SocketOptions options) {
        return new NftClient(NetlinkSocket.open(Netlink.NETLINK_NETFILTER, namespace, options));
    }

    NetlinkSocket socket() {
        return socket;
    }

    /** A new transaction committed through this client. */
    public Transaction transaction() {
        return new Transaction(this);
    }

    private String where() {
        return " in namespace " + socket.namespace();
    }

    private static MessageEncoder header(Family family) {
        int f = family == null ? 0 : family.number();
        return out -> NftCodec.nfgen(out, f);
    }

    // ------------------------------------------------------------------ generation

    /** The ruleset's current generation id (NFT_MSG_GETGEN): it changes with every commit. */
    public long generation() {
        try {
            Integer g = socket.requestOne(NftCodec.type(NFT_MSG_GETGEN), 0, header(null), NftCodec::generation);
            return g & 0xffffffffL;
        } catch (NetlinkException e) {
            throw e.during("reading the nf_tables generation" + where());
        }
    }

    // ------------------------------------------------------------------ dumps

    private <T> List<T> dump(int msg, Family family, MessageEncoder attrs, MessageDecoder<T> decoder, String what) {
        List<T> out = new ArrayList<>();
        dumpEach(msg, family, attrs, out::clear, m -> {
            T t = decoder.decode(m);
            if (t != null) {
                out.add(t);
            }
        }, what);
        return out;
    }

    /**
     * Dumps {@code msg}, handing every message to {@code visitor}; a dump the kernel flags as
     * interrupted by a concurrent change is read again (after {@code restart}, which drops what
     * the visitor collected) up to {@link #DUMP_ATTEMPTS} times.
     */
    private void dumpEach(int msg, Family family, MessageEncoder attrs, Runnable restart,
                          Consumer<NetlinkMessage> visitor, String what) {
        MessageEncoder body = family == null && attrs == null ? header(null) : out -> {
            NftCodec.nfgen(out, family == null ? 0 : family.number());
            if (attrs != null) {
                attrs.encode(out);
            }
        };
        for (int attempt = 1; ; attempt++) {
            restart.run();
            try {
                socket.dumpEach(NftCodec.type(msg), 0, body, visitor);
                return;
            } catch (DumpInterruptedException e) {
                if (attempt == DUMP_ATTEMPTS) {
                    throw e.during("listing " + what + where() + " (the ruleset kept changing)");
                }
            } catch (NetlinkException e) {
                throw e.during("listing " + what + where());
            }
        }
    }

    private <T> T get(int msg, Family family, MessageEncoder attrs, MessageDecoder<T> decoder, String what) {
        try {
            return socket.requestOne(NftCodec.type(msg), 0, out -> {
                NftCodec.nfgen(out, family.number());
                attrs.encode(out);
            }, decoder);
        } catch (NetlinkException e) {
            throw e.during("getting " + what + where());
        }
    }

    // ------------------------------------------------------------------ tables

    /** Every table of every family ({@code nft list tables}). */
    public List<Table> listTables() {
        return dump(NFT_MSG_GETTABLE, null, null, NftCodec::table, "tables");
    }

    /** The tables of {@code family}. */
    public List<Table> listTables(Family family) {
        return dump(NFT_MSG_GETTABLE, family, null, NftCodec::table, family + " tables");
    }

    /** One table; NoSuchObjectException (ENOENT) if it does not exist. */
    public Table getTable(Family family, String name) {
        Names.check("table", name);
        return get(NFT_MSG_GETTABLE, family, out -> out.putString(NFTA_TABLE_NAME, name), NftCodec::table,
                "table " + family + " " + name);
    }

    // ------------------------------------------------------------------ chains

    /** Every chain of every table. */
    public List<Chain> listChains() {
        return dump(NFT_MSG_GETCHAIN, null, null, NftCodec::chain, "chains");
    }

    /** The chains of one table (empty if the table does not exist). */
    public List<Chain> listChains(Family family, String table) {
        Names.check("table", table);
        // the kernel's chain dump filters by family only: pick the table's chains here
        return dump(NFT_MSG_GETCHAIN, family, null, m -> {
            Chain c = NftCodec.chain(m);
            return c.table().equals(table) ? c : null;
        }, "chains of " + family + " " + table);
    }

    /** One chain; NoSuchObjectException (ENOENT) if it or its table does not exist. */
    public Chain getChain(Family family, String table, String name) {
        Names.check("table", table);
        Names.check("chain", name);
        return get(NFT_MSG_GETCHAIN, family, out -> {
            out.putString(NFTA_CHAIN_TABLE, table);
            out.putString(NFTA_CHAIN_NAME, name);
        }, NftCodec::chain, "chain " + family + " " + table + " " + name);
    }

    // ------------------------------------------------------------------ rules

    /** Every rule of every chain, in order. */
    public List<Rule> listRules() {
        return dump(NFT_MSG_GETRULE, null, null, NftCodec::rule, "rules");
    }

    /** The rules of {@code family}. */
    public List<Rule> listRules(Family family) {
        return dump(NFT_MSG_GETRULE, family, null, NftCodec::rule, family + " rules");
    }

    /** The rules of one table (empty if the table does not exist). */
    public List<Rule> listRules(Family family, String table) {
        Names.check("table", table);
        return dump(NFT_MSG_GETRULE, family, out -> out.putString(NFTA_RULE_TABLE, table), NftCodec::rule,
                "rules of " + family + " " + table);
    }

    /** The rules of one chain, in order (empty if the chain does not exist). */
    public List<Rule> listRules(Family family, String table, String chain) {
        Names.check("table", table);
        Names.check("chain", chain);
        return dump(NFT_MSG_GETRULE, family, out -> {
            out.putString(NFTA_RULE_TABLE, table);
            out.putString(NFTA_RULE_CHAIN, chain);
        }, NftCodec::rule, "rules of " + family + " " + table + " " + chain);
    }

    /** One rule by handle; NoSuchObjectException (ENOENT) if it does not exist. */
    public Rule getRule(Family family, String table, String chain, long handle) {
        Names.check("table", table);
        Names.check("chain", chain);
        return get(NFT_MSG_GETRULE, family, out -> {
            out.putString(NFTA_RULE_TABLE, table);
            out.putString(NFTA_RULE_CHAIN, chain);
            out.putU64Be(NFTA_RULE_HANDLE, handle);
        }, NftCodec::rule, "rule " + family + " " + table + " " + chain + " handle " + handle);
    }

    // ------------------------------------------------------------------ sets

    /** Every set and map of every table (anonymous ones included). */
    public List<NftSet> listSets() {
        return dump(NFT_MSG_GETSET, null, null, NftCodec::set, "sets");
    }

    /** The sets and maps of one table; NoSuchObjectException (ENOENT) if the table does not exist. */
    public List<NftSet> listSets(Family family, String table) {
        Names.check("table", table);
        return dump(NFT_MSG_GETSET, family, out -> out.putString(NFTA_SET_TABLE, table), NftCodec::set,
                "sets of " + family + " " + table);
    }

    /** One set or map; NoSuchObjectException (ENOENT) if it does not exist. */
    public NftSet getSet(Family family, String table, String name) {
        Names.check("table", table);
        Names.check("set", name);
        return get(NFT_MSG_GETSET, family, out -> {
            out.putString(NFTA_SET_TABLE, table);
            out.putString(NFTA_SET_NAME, name);
        }, NftCodec::set, "set " + family + " " + table + " " + name);
    }

    /**
     * The elements of a set or map, as the kernel stores them (interval sets list interval ends
     * as elements flagged NFT_SET_ELEM_INTERVAL_END). NoSuchObjectException if the set does not exist.
     */
    public List<SetElement> listElements(Family family, String table, String set) {
        Names.check("table", table);
        Names.check("set", set);
        List<SetElement> out = new ArrayList<>();
        dumpEach(NFT_MSG_GETSETELEM, family, elementsOf(table, set), out::clear, m -> NftCodec.elements(m, out),
                "elements of set " + family + " " + table + " " + set);
        return out;
    }

    /** The GETSETELEM request's attributes: which set's elements. */
    private static MessageEncoder elementsOf(String table, String set) {
        return w -> {
            w.putString(NFTA_SET_ELEM_LIST_TABLE, table);
            w.putString(NFTA_SET_ELEM_LIST_SET, set);
        };
    }

    /**
     * A set or map with its elements exactly as the kernel lists them ({@link RawSet}): what
     * {@link Transaction#addRule(Rule, List)} needs to create a listed rule's anonymous set again
     * faithfully (object maps, concatenations, set expressions, timeouts, element comments...).
     * Typically called for the anonymous sets ({@code __set3}) a listed rule's expressions name.
     * One GETSET, then one GETSETELEM dump (read again if a concurrent change interrupts it).
     * NoSuchObjectException if the set does not exist.
     */
    public RawSet getRawSet(Family family, String table, String name) {
        Names.check("table", table);
        Names.check("set", name);
        RawSet set = get(NFT_MSG_GETSET, family, out -> {
            out.putString(NFTA_SET_TABLE, table);
            out.putString(NFTA_SET_NAME, name);
        }, RawSet::set, "set " + family + " " + table + " " + name);
        List<byte[]> elements = new ArrayList<>();
        dumpEach(NFT_MSG_GETSETELEM, family, elementsOf(table, name), elements::clear,
                m -> RawSet.elements(m, elements), "elements of set " + family + " " + table + " " + name);
        return set.withElements(elements);
    }

    // ------------------------------------------------------------------ everything

    /**
     * The whole ruleset at one generation ({@code nft list ruleset}): the generation is read
     * before and after the listings, and they are read again if it moved in between.
     */
    public Ruleset ruleset() {
        for (int attempt = 1; ; attempt++) {
            long before = generation();
            List<Table> tables = listTables();
            List<Chain> chains = listChains();
            List<NftSet> sets = listSets();
            List<Rule> rules = listRules();
            if (generation() == before) {
                return new Ruleset(before, tables, chains, sets, rules);
            }
            if (attempt == DUMP_ATTEMPTS) {
                throw new DumpInterruptedException("listing the ruleset" + where() + " (the ruleset kept changing)");
            }
        }
    }

    /** Closes the socket. Idempotent. */
    @Override
    public void close() {
        socket.close();
    }

    @Override
    public String toString() {
        return "NftClient[" + socket + "]";
    }
}
