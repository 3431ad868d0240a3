package io.netlink4j.route;

import io.netty.buffer.ByteBuf;

import static io.netlink4j.core.codec.Netlink.HOST_LITTLE_ENDIAN;

/** Host-order reads of struct fields inside attribute values. Stateless, hence thread-safe. */
final class Wire {
    private Wire() {}

    static int u32(ByteBuf b, int index) {
        return HOST_LITTLE_ENDIAN ? b.getIntLE(index) : b.getInt(index);
    }

    static int u16(ByteBuf b, int index) {
        return HOST_LITTLE_ENDIAN ? b.getUnsignedShortLE(index) : b.getUnsignedShort(index);
    }

    static long u64(ByteBuf b, int index) {
        return HOST_LITTLE_ENDIAN ? b.getLongLE(index) : b.getLong(index);
    }
}
