package io.netlink4j.nftables;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.netlink4j.nftables.NfTables.*;

/**
 * A set exactly as the kernel lists it, kept attribute for attribute so that it can be created
 * again without interpreting it: what a faithful copy of a rule's anonymous set needs
 * ({@link AnonymousSet} carries only key, data and elements; a listed set may also carry an
 * object type, concatenation field lengths in NFTA_SET_DESC, nft's userdata, set expressions,
 * timeouts, element comments and element expressions). Read one with
 * {@link NftClient#getRawSet}; {@link Transaction#addRule(Rule, List)} creates it again, inline
 * with the rule that uses it.
 *
 * <p>What is kept: the NEWSET attributes a set is created with (NFTA_SET_FLAGS, KEY_TYPE,
 * KEY_LEN, DATA_TYPE, DATA_LEN, POLICY, DESC, TIMEOUT, GC_INTERVAL, USERDATA, OBJ_TYPE, EXPR,
 * EXPRESSIONS), as listed; and for each element the attributes it is added with (NFTA_SET_ELEM_KEY,
 * KEY_END, DATA, FLAGS, TIMEOUT, USERDATA, EXPR, OBJREF, EXPRESSIONS). Left out: the table, name,
 * handle and id (the copy gets its own) and what only listings carry (element expiration,
 * padding, and the attributes newer kernels add to listings but refuse in NEWSET, such as
 * types 19 and 20 of kernel 6.18).
 *
 * <p>Immutable, hence thread-safe.
 */
public final class RawSet {
    private final Family family;
    private final String table;
    private final String name;
    private final int flags;
    private final String template;
    /** The kept NEWSET attributes, each with its header and padding, ready to append to a message. */
    private final byte[] attributes;
    /** Per element: the kept attributes of its NFTA_LIST_ELEM nest, headers and padding included. */
    private final List<byte[]> elements;

    private RawSet(Family family, String table, String name, int flags, byte[] attributes, List<byte[]> elements) {
        this.family = family;
        this.table = table;
        this.name = name;
        this.flags = flags;
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        this.template = name.substring(0, end) + "%d";
        this.attributes = attributes;
        this.elements = List.copyOf(elements);
    }

    /** The family of the table the set was listed from. */
    public Family family() {
        return family;
    }

    /** The table the set was listed from. */
    public String table() {
        return table;
    }

    /** The set's name as listed ({@code __set3}, {@code __map0} for anonymous sets). */
    public String name() {
        return name;
    }

    /** NFTA_SET_FLAGS as listed (NFT_SET_ANONYMOUS, CONSTANT, INTERVAL, MAP, OBJECT, CONCAT...). */
    public int flags() {
        return flags;
    }

    /** True for a rule's inline set (NFT_SET_ANONYMOUS): only those can be created again with a rule. */
    public boolean isAnonymous() {
        return (flags & NFT_SET_ANONYMOUS) != 0;
    }

    /** How many elements were listed (interval sets count start and end elements separately). */
    public int elementCount() {
        return elements.size();
    }

    /**
     * The name the copy is created with: the listed name with its number turned back into
     * {@code %d} ({@code __map3} becomes {@code __map%d}), so the kernel numbers it as nft's own.
     */
    public String template() {
        return template;
    }

    /** A copy of the kept NEWSET attributes as they go on the wire (netlink attributes, host-order headers). */
    public byte[] attributes() {
        return attributes.clone();
    }

    /** A copy of element {@code i}'s kept attributes as they go on the wire (the content of its NFTA_LIST_ELEM). */
    public byte[] element(int i) {
        return elements.get(i).clone();
    }

    // ------------------------------------------------------------------ encoding (no allocation)

    /** Appends the kept NEWSET attributes. */
    void putAttributes(MessageWriter out) {
        out.raw(attributes);
    }

    /** The wire size of element {@code i} inside NFTA_SET_ELEM_LIST_ELEMENTS (its NFTA_LIST_ELEM header included). */
    int elementSize(int i) {
        return Netlink.NLA_HDRLEN + elements.get(i).length;
    }

    /** Appends elements {@code from} (inclusive) to {@code to} (exclusive) as NFTA_SET_ELEM_LIST_ELEMENTS. */
    void putElements(MessageWriter out, int from, int to) {
        int list = out.nestStartFlagged(NFTA_SET_ELEM_LIST_ELEMENTS);
        for (int i = from; i < to; i++) {
            int e = out.nestStartFlagged(NFTA_LIST_ELEM);
            out.raw(elements.get(i));
            out.nestEnd(e);
        }
        out.nestEnd(list);
    }

    // ------------------------------------------------------------------ decoding

    private static boolean keptSetAttribute(int type) {
        switch (type) {
            case NFTA_SET_FLAGS: case NFTA_SET_KEY_TYPE: case NFTA_SET_KEY_LEN: case NFTA_SET_DATA_TYPE:
            case NFTA_SET_DATA_LEN: case NFTA_SET_POLICY: case NFTA_SET_DESC: case NFTA_SET_TIMEOUT:
            case NFTA_SET_GC_INTERVAL: case NFTA_SET_USERDATA: case NFTA_SET_OBJ_TYPE: case NFTA_SET_EXPR:
            case NFTA_SET_EXPRESSIONS:
                return true;
            default:
                return false;
        }
    }

    private static boolean keptElementAttribute(int type) {
        switch (type) {
            case NFTA_SET_ELEM_KEY: case NFTA_SET_ELEM_KEY_END: case NFTA_SET_ELEM_DATA: case NFTA_SET_ELEM_FLAGS:
            case NFTA_SET_ELEM_TIMEOUT: case NFTA_SET_ELEM_USERDATA: case NFTA_SET_ELEM_EXPR:
            case NFTA_SET_ELEM_OBJREF: case NFTA_SET_ELEM_EXPRESSIONS:
                return true;
            default:
                return false;
        }
    }

    /** Copies the current attribute (header as listed, value, zero padding) to the end of {@code out}. */
    private static byte[] append(byte[] out, AttributeCursor c) {
        int len = c.length();
        int size = Netlink.NLA_HDRLEN + len;
        int at = out.length;
        byte[] grown = Arrays.copyOf(out, at + Netlink.align(size));
        ByteBuf buf = c.buffer();
        buf.getBytes(c.attributeIndex(), grown, at, Netlink.NLA_HDRLEN);
        buf.getBytes(c.valueIndex(), grown, at + Netlink.NLA_HDRLEN, len);
        return grown;
    }

    /** A NEWSET message of a GETSET answer, without elements. */
    static RawSet set(NetlinkMessage m) {
        return NftCodec.decode(m, msg -> {
            Family family = Family.ofNumber(msg.payloadU8(0));
            String table = null;
            String name = null;
            int flags = 0;
            byte[] kept = new byte[0];
            AttributeCursor c = msg.attributes(NftCodec.NFGENMSG_LEN);
            while (c.next()) {
                int type = c.type();
                if (type == NFTA_SET_TABLE) {
                    table = c.string();
                } else if (type == NFTA_SET_NAME) {
                    name = c.string();
                } else if (keptSetAttribute(type)) {
                    if (type == NFTA_SET_FLAGS) {
                        flags = c.u32be();
                    }
                    kept = append(kept, c);
                }
            }
            if (table == null || name == null) {
                throw new MalformedMessageException("NFT_MSG_NEWSET without NFTA_SET_TABLE or NFTA_SET_NAME", msg.start());
            }
            return new RawSet(family, table, name, flags, kept, List.of());
        });
    }

    /** Adds the elements of one NEWSETELEM message of a GETSETELEM dump to {@code out}. */
    static void elements(NetlinkMessage m, List<byte[]> out) {
        NftCodec.decode(m, msg -> {
            AttributeCursor c = msg.attributes(NftCodec.NFGENMSG_LEN);
            if (c.find(NFTA_SET_ELEM_LIST_ELEMENTS)) {
                AttributeCursor list = c.nested();
                while (list.next()) {
                    if (list.type() == NFTA_LIST_ELEM) {
                        byte[] kept = new byte[0];
                        AttributeCursor e = list.nested();
                        while (e.next()) {
                            if (keptElementAttribute(e.type())) {
                                kept = append(kept, e);
                            }
                        }
                        out.add(kept);
                    }
                }
            }
            return null;
        });
    }

    RawSet withElements(List<byte[]> elements) {
        return new RawSet(family, table, name, flags, attributes, new ArrayList<>(elements));
    }

    @Override
    public String toString() {
        return "set " + family + " " + table + " " + name + " (raw, flags 0x" + Integer.toHexString(flags) + ", "
                + elements.size() + " elements)";
    }
}
