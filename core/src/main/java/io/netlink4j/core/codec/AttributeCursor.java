package io.netlink4j.core.codec;

import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import static io.netlink4j.core.codec.Netlink.HOST_LITTLE_ENDIAN;

/**
 * Walks the attributes of one region of a buffer without allocating per attribute: call
 * {@link #next()} and read the current attribute with the typed getters. Every length is
 * checked against the region; a bad one raises {@link MalformedMessageException} with the
 * offset, never a buffer index error, and the walk always ends.
 *
 * <p>{@link #type()} masks NLA_F_NESTED and NLA_F_NET_BYTEORDER, which the kernel sets
 * inconsistently. Not thread-safe; cheap to create per message or nest.
 */
public final class AttributeCursor {
    private final ByteBuf buf;
    private final int start;
    private final int end;
    private int next;
    private int cur = -1;
    private int curLen;
    private int curType;

    /** A cursor over the attributes in {@code [start, end)} of {@code buf}. */
    public AttributeCursor(ByteBuf buf, int start, int end) {
        if (start < 0 || end > buf.writerIndex() || start > end) {
            throw new MalformedMessageException("attribute region [" + start + ", " + end + ") outside the "
                    + buf.writerIndex() + "-byte buffer", Math.max(0, start));
        }
        this.buf = buf;
        this.start = start;
        this.end = end;
        this.next = start;
    }

    /** Restarts the walk at the first attribute. */
    public AttributeCursor rewind() {
        next = start;
        cur = -1;
        return this;
    }

    /** Advances to the next attribute; false at the end of the region. */
    public boolean next() {
        if (end - next < Netlink.NLA_HDRLEN) {
            // a trailing remainder shorter than a header is padding the kernel may leave
            cur = -1;
            next = end;
            return false;
        }
        int len = HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(next) : buf.getUnsignedShort(next);
        if (len < Netlink.NLA_HDRLEN || len > end - next) {
            throw new MalformedMessageException("attribute length " + len + " does not fit the "
                    + (end - next) + " bytes left", next);
        }
        cur = next;
        curLen = len;
        curType = HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(next + 2) : buf.getUnsignedShort(next + 2);
        next = Math.min(end, next + Netlink.align(len));
        return true;
    }

    /** Moves to the first attribute of {@code type} from the start; false if there is none. */
    public boolean find(int type) {
        rewind();
        while (next()) {
            if (type() == type) {
                return true;
            }
        }
        return false;
    }

    private void requireCurrent() {
        if (cur < 0) {
            throw new IllegalStateException("no current attribute: call next() first");
        }
    }

    /** Attribute type without the NLA_F_NESTED / NLA_F_NET_BYTEORDER flags. */
    public int type() {
        requireCurrent();
        return curType & Netlink.NLA_TYPE_MASK;
    }

    /** Attribute type as on the wire, flags included. */
    public int rawType() {
        requireCurrent();
        return curType;
    }

    public boolean nestedFlag() {
        return (rawType() & Netlink.NLA_F_NESTED) != 0;
    }

    /** Length of the value (header and padding excluded). */
    public int length() {
        requireCurrent();
        return curLen - Netlink.NLA_HDRLEN;
    }

    /** Buffer index of the value's first byte. */
    public int valueIndex() {
        requireCurrent();
        return cur + Netlink.NLA_HDRLEN;
    }

    /** Buffer index of the attribute's header. */
    public int attributeIndex() {
        requireCurrent();
        return cur;
    }

    public ByteBuf buffer() {
        return buf;
    }

    private int need(int n) {
        if (length() < n) {
            throw new MalformedMessageException("attribute type " + type() + " has " + length()
                    + " bytes, needs " + n, cur);
        }
        return valueIndex();
    }

    public int u8() {
        return buf.getUnsignedByte(need(1));
    }

    public int u16() {
        int i = need(2);
        return HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(i) : buf.getUnsignedShort(i);
    }

    public int u32() {
        int i = need(4);
        return HOST_LITTLE_ENDIAN ? buf.getIntLE(i) : buf.getInt(i);
    }

    public long u64() {
        int i = need(8);
        return HOST_LITTLE_ENDIAN ? buf.getLongLE(i) : buf.getLong(i);
    }

    /** A variable-width unsigned integer (NLA_UINT: 4 or 8 bytes). */
    public long uint() {
        return length() >= 8 ? u64() : u32() & 0xffffffffL;
    }

    public int u16be() {
        return buf.getUnsignedShort(need(2));
    }

    public int u32be() {
        return buf.getInt(need(4));
    }

    public long u64be() {
        return buf.getLong(need(8));
    }

    /** The value as a string, up to the first NUL (the kernel's strings are NUL-terminated). */
    public String string() {
        int i = valueIndex();
        int n = length();
        int nul = buf.indexOf(i, i + n, (byte) 0);
        int len = nul < 0 ? n : nul - i;
        return buf.toString(i, len, StandardCharsets.UTF_8);
    }

    /** True when the value equals {@code s} followed by NUL (or the end): compares without allocating. */
    public boolean stringEquals(String s) {
        int i = valueIndex();
        int n = length();
        int len = s.length();
        if (len > n) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if ((buf.getByte(i + k) & 0xff) != s.charAt(k)) {
                return false;
            }
        }
        return len == n || buf.getByte(i + len) == 0;
    }

    public byte[] bytes() {
        byte[] out = new byte[length()];
        buf.getBytes(valueIndex(), out);
        return out;
    }

    /** The value as an IPv4 or IPv6 address (4 or 16 bytes). */
    public InetAddress address() {
        int n = length();
        if (n != 4 && n != 16) {
            throw new MalformedMessageException("attribute type " + type() + " is " + n
                    + " bytes, not an IPv4 or IPv6 address", cur);
        }
        try {
            return InetAddress.getByAddress(bytes());
        } catch (UnknownHostException e) {
            throw new AssertionError(e); // length checked above
        }
    }

    /** A cursor over the attributes nested in the current one. */
    public AttributeCursor nested() {
        return new AttributeCursor(buf, valueIndex(), valueIndex() + length());
    }

    /** A cursor over the current value after skipping {@code headerLength} bytes (e.g. a struct before attributes). */
    public AttributeCursor nestedAfter(int headerLength) {
        need(headerLength);
        return new AttributeCursor(buf, valueIndex() + headerLength, valueIndex() + length());
    }
}
