package io.netlink4j.core.codec;

import io.netty.buffer.ByteBuf;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

import static io.netlink4j.core.codec.Netlink.HOST_LITTLE_ENDIAN;
import static io.netlink4j.core.codec.Netlink.NLA_F_NESTED;
import static io.netlink4j.core.codec.Netlink.NLMSG_HDRLEN;

/**
 * Writes netlink messages and attributes straight into a (direct) netty {@link ByteBuf}: a
 * header, a family header written field by field, then attributes and nests. Lengths are
 * patched in place when a message or nest ends; nothing is copied or allocated per attribute.
 *
 * <p>"Host order" methods write the machine's byte order (rtnetlink); the {@code Be} variants
 * write network order (nf_tables). Not thread-safe: one writer serves one socket's send path.
 */
public final class MessageWriter {
    private ByteBuf buf;

    public MessageWriter(ByteBuf buf) {
        this.buf = buf;
    }

    /** Points this writer at another buffer (the socket reuses one writer). */
    public MessageWriter reset(ByteBuf target) {
        this.buf = target;
        return this;
    }

    public ByteBuf buffer() {
        return buf;
    }

    /** Writer index: where the next byte goes. */
    public int position() {
        return buf.writerIndex();
    }

    /** Starts a message; returns its start for {@link #endMessage}. */
    public int beginMessage(int type, int flags, int seq, int portId) {
        int start = buf.writerIndex();
        u32(0).u16(type).u16(flags).u32(seq).u32(portId);
        return start;
    }

    /** Pads the message to 4 bytes and patches its length. */
    public void endMessage(int start) {
        align();
        setU32(start, buf.writerIndex() - start);
    }

    /** Message type field of the message at {@code start} (for callers that tag requests). */
    public int messageType(int start) {
        return HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(start + 4) : buf.getUnsignedShort(start + 4);
    }

    // ---- raw fields (family headers), host order unless named Be

    public MessageWriter u8(int v) {
        buf.writeByte(v);
        return this;
    }

    public MessageWriter u16(int v) {
        if (HOST_LITTLE_ENDIAN) {
            buf.writeShortLE(v);
        } else {
            buf.writeShort(v);
        }
        return this;
    }

    public MessageWriter u32(int v) {
        if (HOST_LITTLE_ENDIAN) {
            buf.writeIntLE(v);
        } else {
            buf.writeInt(v);
        }
        return this;
    }

    public MessageWriter u64(long v) {
        if (HOST_LITTLE_ENDIAN) {
            buf.writeLongLE(v);
        } else {
            buf.writeLong(v);
        }
        return this;
    }

    public MessageWriter u16be(int v) {
        buf.writeShort(v);
        return this;
    }

    public MessageWriter u32be(int v) {
        buf.writeInt(v);
        return this;
    }

    public MessageWriter zeros(int n) {
        buf.writeZero(n);
        return this;
    }

    public MessageWriter raw(byte[] bytes) {
        buf.writeBytes(bytes);
        return this;
    }

    /** Pads with zeros to the next 4-byte boundary. */
    public MessageWriter align() {
        int pad = Netlink.align(buf.writerIndex()) - buf.writerIndex();
        if (pad > 0) {
            buf.writeZero(pad);
        }
        return this;
    }

    private void setU32(int index, int v) {
        if (HOST_LITTLE_ENDIAN) {
            buf.setIntLE(index, v);
        } else {
            buf.setInt(index, v);
        }
    }

    private void setU16(int index, int v) {
        if (HOST_LITTLE_ENDIAN) {
            buf.setShortLE(index, v);
        } else {
            buf.setShort(index, v);
        }
    }

    // ---- attributes

    private int attrStart(int type) {
        int start = buf.writerIndex();
        buf.writeInt(0); // length and type, patched below in host order
        setU16(start + 2, type);
        return start;
    }

    private MessageWriter attrEnd(int start) {
        int len = buf.writerIndex() - start;
        if (len > 0xffff) {
            throw new IllegalArgumentException("attribute type " + (type(start) & Netlink.NLA_TYPE_MASK)
                    + " is " + len + " bytes; netlink attributes hold at most 65535");
        }
        setU16(start, len);
        return align();
    }

    private int type(int start) {
        return HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(start + 2) : buf.getUnsignedShort(start + 2);
    }

    public MessageWriter putFlag(int type) {
        return attrEnd(attrStart(type));
    }

    public MessageWriter putU8(int type, int v) {
        int s = attrStart(type);
        buf.writeByte(v);
        return attrEnd(s);
    }

    public MessageWriter putU16(int type, int v) {
        int s = attrStart(type);
        u16(v);
        return attrEnd(s);
    }

    public MessageWriter putU32(int type, int v) {
        int s = attrStart(type);
        u32(v);
        return attrEnd(s);
    }

    public MessageWriter putU64(int type, long v) {
        int s = attrStart(type);
        u64(v);
        return attrEnd(s);
    }

    public MessageWriter putU16Be(int type, int v) {
        int s = attrStart(type);
        buf.writeShort(v);
        return attrEnd(s);
    }

    public MessageWriter putU32Be(int type, int v) {
        int s = attrStart(type);
        buf.writeInt(v);
        return attrEnd(s);
    }

    public MessageWriter putU64Be(int type, long v) {
        int s = attrStart(type);
        buf.writeLong(v);
        return attrEnd(s);
    }

    /** A NUL-terminated UTF-8 string, as the kernel's NLA_NUL_STRING / NLA_STRING policies take. */
    public MessageWriter putString(int type, CharSequence s) {
        int st = attrStart(type);
        buf.writeCharSequence(s, StandardCharsets.UTF_8);
        buf.writeByte(0);
        return attrEnd(st);
    }

    /**
     * A string without the NUL, as iproute2 sends IFLA_INFO_KIND: the kernel's NLA_STRING policy
     * takes it either way, and this writes exactly what ip writes.
     */
    public MessageWriter putUnterminatedString(int type, CharSequence s) {
        int st = attrStart(type);
        buf.writeCharSequence(s, StandardCharsets.UTF_8);
        return attrEnd(st);
    }

    public MessageWriter putBytes(int type, byte[] value) {
        int s = attrStart(type);
        buf.writeBytes(value);
        return attrEnd(s);
    }

    public MessageWriter putBytes(int type, byte[] value, int offset, int length) {
        int s = attrStart(type);
        buf.writeBytes(value, offset, length);
        return attrEnd(s);
    }

    /** Copies {@code length} bytes of {@code src} from {@code index} as one attribute's value. */
    public MessageWriter putBytes(int type, ByteBuf src, int index, int length) {
        int s = attrStart(type);
        buf.writeBytes(src, index, length);
        return attrEnd(s);
    }

    /** An IPv4 (4 bytes) or IPv6 (16 bytes) address in network order. */
    public MessageWriter putAddress(int type, InetAddress address) {
        int s = attrStart(type);
        if (address instanceof Inet4Address) {
            // avoids getAddress()'s array copy on the hot path
            buf.writeInt(((Inet4Address) address).hashCode());
        } else {
            buf.writeBytes(address.getAddress());
        }
        return attrEnd(s);
    }

    /** Opens a nest without NLA_F_NESTED (rtnetlink's convention); close it with {@link #nestEnd}. */
    public int nestStart(int type) {
        return attrStart(type);
    }

    /** Opens a nest flagged NLA_F_NESTED (what nf_tables expects). */
    public int nestStartFlagged(int type) {
        return attrStart(type | NLA_F_NESTED);
    }

    public MessageWriter nestEnd(int start) {
        return attrEnd(start);
    }

    /** Bytes written since {@code start}, for callers that need a nest's size. */
    public int lengthSince(int start) {
        return buf.writerIndex() - start;
    }

    /** Header length constant re-exported for family encoders. */
    public static int headerLength() {
        return NLMSG_HDRLEN;
    }
}
