package io.netlink4j.nftables;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

import static io.netlink4j.nftables.NfTables.*;

/**
 * Turns the kernel's NLMSGERR_ATTR_OFFS (the byte offset of the attribute it refused, which is
 * often all nf_tables says) into words: "NFTA_CHAIN_TYPE \"nat\"". Runs only on the failure
 * path: it re-encodes the refused command into a scratch buffer and walks it.
 */
final class AttributeNames {
    private static final String[] TABLE = {null, "NFTA_TABLE_NAME", "NFTA_TABLE_FLAGS", "NFTA_TABLE_USE",
        "NFTA_TABLE_HANDLE", "NFTA_TABLE_PAD", "NFTA_TABLE_USERDATA", "NFTA_TABLE_OWNER"};
    private static final String[] CHAIN = {null, "NFTA_CHAIN_TABLE", "NFTA_CHAIN_HANDLE", "NFTA_CHAIN_NAME",
        "NFTA_CHAIN_HOOK", "NFTA_CHAIN_POLICY", "NFTA_CHAIN_USE", "NFTA_CHAIN_TYPE", "NFTA_CHAIN_COUNTERS",
        "NFTA_CHAIN_PAD", "NFTA_CHAIN_FLAGS", "NFTA_CHAIN_ID", "NFTA_CHAIN_USERDATA"};
    private static final String[] HOOK = {null, "NFTA_HOOK_HOOKNUM", "NFTA_HOOK_PRIORITY", "NFTA_HOOK_DEV",
        "NFTA_HOOK_DEVS"};
    private static final String[] RULE = {null, "NFTA_RULE_TABLE", "NFTA_RULE_CHAIN", "NFTA_RULE_HANDLE",
        "NFTA_RULE_EXPRESSIONS", "NFTA_RULE_COMPAT", "NFTA_RULE_POSITION", "NFTA_RULE_USERDATA", "NFTA_RULE_PAD",
        "NFTA_RULE_ID", "NFTA_RULE_POSITION_ID", "NFTA_RULE_CHAIN_ID"};
    private static final String[] SET = {null, "NFTA_SET_TABLE", "NFTA_SET_NAME", "NFTA_SET_FLAGS",
        "NFTA_SET_KEY_TYPE", "NFTA_SET_KEY_LEN", "NFTA_SET_DATA_TYPE", "NFTA_SET_DATA_LEN", "NFTA_SET_POLICY",
        "NFTA_SET_DESC", "NFTA_SET_ID", "NFTA_SET_TIMEOUT", "NFTA_SET_GC_INTERVAL", "NFTA_SET_USERDATA",
        "NFTA_SET_PAD", "NFTA_SET_OBJ_TYPE", "NFTA_SET_HANDLE", "NFTA_SET_EXPR", "NFTA_SET_EXPRESSIONS"};
    private static final String[] ELEM_LIST = {null, "NFTA_SET_ELEM_LIST_TABLE", "NFTA_SET_ELEM_LIST_SET",
        "NFTA_SET_ELEM_LIST_ELEMENTS", "NFTA_SET_ELEM_LIST_SET_ID"};
    private static final String[] ELEM = {null, "NFTA_SET_ELEM_KEY", "NFTA_SET_ELEM_DATA", "NFTA_SET_ELEM_FLAGS",
        "NFTA_SET_ELEM_TIMEOUT", "NFTA_SET_ELEM_EXPIRATION", "NFTA_SET_ELEM_USERDATA", "NFTA_SET_ELEM_EXPR",
        "NFTA_SET_ELEM_PAD", "NFTA_SET_ELEM_OBJREF", "NFTA_SET_ELEM_KEY_END", "NFTA_SET_ELEM_EXPRESSIONS"};

    private AttributeNames() {}

    private static String pick(String[] names, int type) {
        return type > 0 && type < names.length ? names[type] : "attribute " + type;
    }

    /** The top-level attribute name of {@code type} in a message NFT_MSG_{@code msg}. */
    static String name(int msg, int type) {
        switch (msg) {
            case NFT_MSG_NEWTABLE:
            case NFT_MSG_DELTABLE:
                return pick(TABLE, type);
            case NFT_MSG_NEWCHAIN:
            case NFT_MSG_DELCHAIN:
                return pick(CHAIN, type);
            case NFT_MSG_NEWRULE:
            case NFT_MSG_DELRULE:
                return pick(RULE, type);
            case NFT_MSG_NEWSET:
            case NFT_MSG_DELSET:
                return pick(SET, type);
            case NFT_MSG_NEWSETELEM:
            case NFT_MSG_DELSETELEM:
                return pick(ELEM_LIST, type);
            default:
                return "attribute " + type;
        }
    }

    /**
     * What {@code offset} (from the start of the refused message) points at in {@code command},
     * or null when it points at no attribute (e.g. the header).
     */
    static String locate(Command command, int offset) {
        if (offset < MessageWriter.headerLength() + NftCodec.NFGENMSG_LEN) {
            return null;
        }
        ByteBuf buf = Unpooled.buffer(256);
        try {
            MessageWriter w = new MessageWriter(buf);
            int start = w.beginMessage(NftCodec.type(command.msg()), 0, 0, 0);
            command.encode(w);
            w.endMessage(start);
            int from = MessageWriter.headerLength() + NftCodec.NFGENMSG_LEN;
            return walk(buf, from, buf.writerIndex(), offset, command.msg(), 0, null);
        } catch (RuntimeException e) {
            return null; // a description is a courtesy; never hide the kernel's error behind ours
        } finally {
            buf.release();
        }
    }

    /**
     * Finds the attribute at {@code offset} in {@code [from, to)}. {@code depth} 0 is the
     * message's own attributes; {@code parent} names the enclosing nest.
     */
    private static String walk(ByteBuf b, int from, int to, int offset, int msg, int depth, String parent) {
        int i = from;
        int index = 0;
        while (to - i >= Netlink.NLA_HDRLEN) {
            int len = Netlink.HOST_LITTLE_ENDIAN ? b.getUnsignedShortLE(i) : b.getUnsignedShort(i);
            int rawType = Netlink.HOST_LITTLE_ENDIAN ? b.getUnsignedShortLE(i + 2) : b.getUnsignedShort(i + 2);
            int type = rawType & Netlink.NLA_TYPE_MASK;
            if (len < Netlink.NLA_HDRLEN || len > to - i) {
                return null;
            }
            index++;
            String name = nestedName(msg, depth, parent, type, index);
            if ("NFTA_RULE_EXPRESSIONS".equals(parent)) {
                String kind = expressionKind(b, i + Netlink.NLA_HDRLEN, i + len);
                name = kind == null ? name : name + " (" + kind + ")";
            }
            if (offset == i) {
                return name + preview(b, i + Netlink.NLA_HDRLEN, len - Netlink.NLA_HDRLEN);
            }
            if (offset > i && offset < i + len && (rawType & Netlink.NLA_F_NESTED) != 0) {
                String inner = walk(b, i + Netlink.NLA_HDRLEN, i + len, offset, msg, depth + 1, name);
                return inner == null ? name : name + " > " + inner;
            }
            i += Netlink.align(len);
        }
        return null;
    }

    private static String expressionKind(ByteBuf b, int from, int to) {
        int i = from;
        while (to - i >= Netlink.NLA_HDRLEN) {
            int len = Netlink.HOST_LITTLE_ENDIAN ? b.getUnsignedShortLE(i) : b.getUnsignedShort(i);
            int type = (Netlink.HOST_LITTLE_ENDIAN ? b.getUnsignedShortLE(i + 2) : b.getUnsignedShort(i + 2))
                    & Netlink.NLA_TYPE_MASK;
            if (len < Netlink.NLA_HDRLEN || len > to - i) {
                return null;
            }
            if (type == NFTA_EXPR_NAME && len > Netlink.NLA_HDRLEN + 1) {
                return b.toString(i + Netlink.NLA_HDRLEN, len - Netlink.NLA_HDRLEN - 1, StandardCharsets.UTF_8);
            }
            i += Netlink.align(len);
        }
        return null;
    }

    private static String nestedName(int msg, int depth, String parent, int type, int index) {
        if (depth == 0) {
            return name(msg, type);
        }
        if ("NFTA_CHAIN_HOOK".equals(parent)) {
            return pick(HOOK, type);
        }
        if ("NFTA_RULE_EXPRESSIONS".equals(parent)) {
            return "expression " + index;
        }
        if (parent != null && parent.startsWith("expression ")) {
            return type == NFTA_EXPR_NAME ? "NFTA_EXPR_NAME" : type == NFTA_EXPR_DATA ? "NFTA_EXPR_DATA" : "attribute " + type;
        }
        if ("NFTA_SET_ELEM_LIST_ELEMENTS".equals(parent)) {
            return "element " + index;
        }
        if (parent != null && parent.startsWith("element ")) {
            return pick(ELEM, type);
        }
        return "attribute " + type;
    }

    private static String preview(ByteBuf b, int at, int len) {
        if (len >= 2 && b.getByte(at + len - 1) == 0) {
            boolean printable = true;
            for (int k = 0; k < len - 1; k++) {
                int c = b.getUnsignedByte(at + k);
                if (c < 0x20 || c > 0x7e) {
                    printable = false;
                    break;
                }
            }
            if (printable) {
                return " \"" + b.toString(at, len - 1, StandardCharsets.UTF_8) + "\"";
            }
        }
        if (len == 4) {
            return " " + Integer.toUnsignedString(b.getInt(at));
        }
        if (len == 8) {
            return " " + Long.toUnsignedString(b.getLong(at));
        }
        return "";
    }
}
