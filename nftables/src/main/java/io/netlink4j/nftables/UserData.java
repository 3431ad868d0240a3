package io.netlink4j.nftables;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * The user-data blobs nft (libnftnl) stores with rules and sets: TLVs of {u8 type, u8 length,
 * value}, which the kernel keeps and hands back untouched. Written here exactly as nft writes
 * them, so that {@code nft list} prints comments and set key byte orders as for its own objects.
 */
final class UserData {
    /** NFTNL_UDATA_RULE_COMMENT: a NUL-terminated string. */
    static final int RULE_COMMENT = 0;
    /** NFTNL_UDATA_SET_KEYBYTEORDER, u32 host order: 1 host endian, 2 big endian. */
    static final int SET_KEYBYTEORDER = 0;
    static final int SET_DATABYTEORDER = 1;
    static final int SET_DATA_INTERVAL = 6;
    static final int SET_COMMENT = 7;
    /** The longest rule comment that fits NFT_USERDATA_MAXLEN with its TLV header and NUL. */
    static final int MAX_COMMENT_BYTES = NfTables.NFT_USERDATA_MAXLEN - 3;
    /** The longest set comment: the set's user data also holds up to three 6-byte byte-order TLVs. */
    static final int MAX_SET_COMMENT_BYTES = MAX_COMMENT_BYTES - 18;

    private UserData() {}

    static String checkComment(String comment) {
        return checkComment(comment, MAX_COMMENT_BYTES);
    }

    static String checkComment(String comment, int max) {
        if (comment == null) {
            return null;
        }
        int n = Names.utf8Length(comment);
        if (n > max) {
            throw new IllegalArgumentException("comment is " + n + " bytes, at most " + max
                    + " fit the kernel's " + NfTables.NFT_USERDATA_MAXLEN + "-byte user data");
        }
        if (comment.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("comment contains a NUL character");
        }
        return comment;
    }

    /** Writes NFTA_RULE_USERDATA holding {@code comment}. */
    static void putRuleComment(MessageWriter out, int attrType, String comment) {
        int start = out.nestStart(attrType); // a plain binary attribute; nestStart only opens it
        ByteBuf b = out.buffer();
        b.writeByte(RULE_COMMENT);
        int lenAt = b.writerIndex();
        b.writeByte(0);
        int from = b.writerIndex();
        b.writeCharSequence(comment, StandardCharsets.UTF_8);
        b.writeByte(0);
        b.setByte(lenAt, b.writerIndex() - from);
        out.nestEnd(start);
    }

    /** Writes NFTA_SET_USERDATA as nft does: key byte order, for maps data byte order, and a comment. */
    static void putSet(MessageWriter out, int attrType, int keyByteOrder, boolean map, int dataByteOrder, String comment) {
        int start = out.nestStart(attrType);
        ByteBuf b = out.buffer();
        u32(b, SET_KEYBYTEORDER, keyByteOrder);
        if (map) {
            u32(b, SET_DATABYTEORDER, dataByteOrder);
            u32(b, SET_DATA_INTERVAL, 0);
        }
        if (comment != null) {
            b.writeByte(SET_COMMENT);
            int lenAt = b.writerIndex();
            b.writeByte(0);
            int from = b.writerIndex();
            b.writeCharSequence(comment, StandardCharsets.UTF_8);
            b.writeByte(0);
            b.setByte(lenAt, b.writerIndex() - from);
        }
        out.nestEnd(start);
    }

    private static void u32(ByteBuf b, int type, int value) {
        b.writeByte(type);
        b.writeByte(4);
        if (io.netlink4j.core.codec.Netlink.HOST_LITTLE_ENDIAN) {
            b.writeIntLE(value);
        } else {
            b.writeInt(value);
        }
    }

    /** The string TLV of {@code type} in the current attribute's value, or null. Never throws on bad TLVs. */
    static String string(AttributeCursor c, int type) {
        ByteBuf b = c.buffer();
        int i = c.valueIndex();
        int end = i + c.length();
        while (end - i >= 2) {
            int t = b.getUnsignedByte(i);
            int len = b.getUnsignedByte(i + 1);
            if (i + 2 + len > end) {
                return null;
            }
            if (t == type) {
                int nul = b.indexOf(i + 2, i + 2 + len, (byte) 0);
                int n = nul < 0 ? len : nul - (i + 2);
                return b.toString(i + 2, n, StandardCharsets.UTF_8);
            }
            i += 2 + len;
        }
        return null;
    }
}
