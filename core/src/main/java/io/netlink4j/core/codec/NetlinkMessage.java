package io.netlink4j.core.codec;

import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.ByteBuf;

import static io.netlink4j.core.codec.Netlink.HOST_LITTLE_ENDIAN;
import static io.netlink4j.core.codec.Netlink.NLMSG_HDRLEN;

/**
 * A view of one netlink message inside a buffer (header fields, payload, attributes). The
 * socket reuses one instance per datagram walk, so a decoder must copy out what it keeps
 * before returning. Not thread-safe.
 */
public final class NetlinkMessage {
    private ByteBuf buf;
    private int start;
    private int length;

    /** Points this view at the message at {@code start} and validates its length. */
    public NetlinkMessage wrap(ByteBuf buffer, int messageStart, int limit) {
        if (limit - messageStart < NLMSG_HDRLEN) {
            throw new MalformedMessageException((limit - messageStart) + " bytes left, a netlink header needs "
                    + NLMSG_HDRLEN, messageStart);
        }
        int len = HOST_LITTLE_ENDIAN ? buffer.getIntLE(messageStart) : buffer.getInt(messageStart);
        if (len < NLMSG_HDRLEN || len > limit - messageStart) {
            throw new MalformedMessageException("nlmsg_len " + Integer.toUnsignedString(len) + " does not fit the "
                    + (limit - messageStart) + " bytes left", messageStart);
        }
        this.buf = buffer;
        this.start = messageStart;
        this.length = len;
        return this;
    }

    /** A view of the single message filling {@code buffer}'s readable bytes. */
    public static NetlinkMessage of(ByteBuf buffer) {
        return new NetlinkMessage().wrap(buffer, buffer.readerIndex(), buffer.writerIndex());
    }

    public ByteBuf buffer() {
        return buf;
    }

    public int start() {
        return start;
    }

    public int length() {
        return length;
    }

    /** Buffer index just past this message, before padding. */
    public int end() {
        return start + length;
    }

    /** Buffer index of the next message (this one's end, aligned). */
    public int nextStart() {
        return start + Netlink.align(length);
    }

    public int type() {
        return HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(start + 4) : buf.getUnsignedShort(start + 4);
    }

    public int flags() {
        return HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(start + 6) : buf.getUnsignedShort(start + 6);
    }

    public int seq() {
        return HOST_LITTLE_ENDIAN ? buf.getIntLE(start + 8) : buf.getInt(start + 8);
    }

    public int portId() {
        return HOST_LITTLE_ENDIAN ? buf.getIntLE(start + 12) : buf.getInt(start + 12);
    }

    /** Buffer index of the payload (family header). */
    public int payloadIndex() {
        return start + NLMSG_HDRLEN;
    }

    public int payloadLength() {
        return length - NLMSG_HDRLEN;
    }

    private int at(int offset, int size) {
        if (offset < 0 || offset + size > payloadLength()) {
            throw new MalformedMessageException("message type " + type() + " has a " + payloadLength()
                    + "-byte payload, field at " + offset + " needs " + size, start + NLMSG_HDRLEN + Math.max(0, offset));
        }
        return start + NLMSG_HDRLEN + offset;
    }

    /** Payload byte at {@code offset} (family header fields). */
    public int payloadU8(int offset) {
        return buf.getUnsignedByte(at(offset, 1));
    }

    public int payloadU16(int offset) {
        int i = at(offset, 2);
        return HOST_LITTLE_ENDIAN ? buf.getUnsignedShortLE(i) : buf.getUnsignedShort(i);
    }

    public int payloadU32(int offset) {
        int i = at(offset, 4);
        return HOST_LITTLE_ENDIAN ? buf.getIntLE(i) : buf.getInt(i);
    }

    public int payloadU16be(int offset) {
        return buf.getUnsignedShort(at(offset, 2));
    }

    /** The attributes after a family header of {@code familyHeaderLength} bytes. */
    public AttributeCursor attributes(int familyHeaderLength) {
        int from = start + NLMSG_HDRLEN + Netlink.align(familyHeaderLength);
        if (from > end()) {
            throw new MalformedMessageException("message type " + type() + " is too short for its "
                    + familyHeaderLength + "-byte family header", start);
        }
        return new AttributeCursor(buf, from, end());
    }
}
