package io.netlink4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** What MessageWriter writes, NetlinkMessage and AttributeCursor read back, with the wire's alignment rules. */
class CodecRoundTripTest {

    private static NetlinkMessage write(java.util.function.Consumer<MessageWriter> body) {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        int start = w.beginMessage(0x10, 0x605, 42, 7);
        body.accept(w);
        w.endMessage(start);
        return NetlinkMessage.of(buf);
    }

    @Test
    void everyValueKindRoundTripsWithHostAndNetworkOrder() throws Exception {
        InetAddress v4 = InetAddress.getByName("198.51.100.9");
        InetAddress v6 = InetAddress.getByName("fd00:8::1");
        NetlinkMessage m = write(w -> {
            w.u32(0xdeadbeef); // a 4-byte family header
            w.putU8(1, 0xab);
            w.putU16(2, 0xbeef);
            w.putU32(3, 0x80000001);
            w.putU64(4, 0x0102030405060708L);
            w.putU16Be(5, 0x1234);
            w.putU32Be(6, 0x01020304);
            w.putU64Be(7, -2L);
            w.putString(8, "veth01");
            w.putBytes(9, new byte[] {1, 2, 3});
            w.putAddress(10, v4);
            w.putAddress(11, v6);
            w.putFlag(12);
            w.putUnterminatedString(13, "veth");
        });
        assertThat(m.type()).isEqualTo(0x10);
        assertThat(m.flags()).isEqualTo(0x605);
        assertThat(m.seq()).isEqualTo(42);
        assertThat(m.portId()).isEqualTo(7);
        assertThat(m.length() % 4).isZero();
        assertThat(m.payloadU32(0)).isEqualTo(0xdeadbeef);

        AttributeCursor c = m.attributes(4);
        assertThat(c.next()).isTrue();
        assertThat(c.u8()).isEqualTo(0xab);
        assertThat(c.length()).isEqualTo(1);
        assertThat(c.next()).isTrue();
        assertThat(c.u16()).isEqualTo(0xbeef);
        assertThat(c.next()).isTrue();
        assertThat(c.u32()).isEqualTo(0x80000001);
        assertThat(c.uint()).isEqualTo(0x80000001L);
        assertThat(c.next()).isTrue();
        assertThat(c.u64()).isEqualTo(0x0102030405060708L);
        assertThat(c.uint()).isEqualTo(0x0102030405060708L);
        assertThat(c.next()).isTrue();
        assertThat(c.u16be()).isEqualTo(0x1234);
        assertThat(c.bytes()).containsExactly(0x12, 0x34);
        assertThat(c.next()).isTrue();
        assertThat(c.u32be()).isEqualTo(0x01020304);
        assertThat(c.next()).isTrue();
        assertThat(c.u64be()).isEqualTo(-2L);
        assertThat(c.next()).isTrue();
        assertThat(c.string()).isEqualTo("veth01");
        assertThat(c.length()).as("NUL included").isEqualTo(7);
        assertThat(c.stringEquals("veth01")).isTrue();
        assertThat(c.stringEquals("veth0")).isFalse();
        assertThat(c.stringEquals("veth011")).isFalse();
        assertThat(c.next()).isTrue();
        assertThat(c.bytes()).containsExactly(1, 2, 3);
        assertThat(c.next()).isTrue();
        assertThat(c.address()).isEqualTo(v4);
        assertThat(c.next()).isTrue();
        assertThat(c.address()).isEqualTo(v6);
        assertThat(c.next()).isTrue();
        assertThat(c.type()).isEqualTo(12);
        assertThat(c.length()).isZero();
        assertThat(c.next()).isTrue();
        assertThat(c.length()).isEqualTo(4);
        assertThat(c.string()).isEqualTo("veth");
        assertThat(c.stringEquals("veth")).isTrue();
        assertThat(c.next()).isFalse();
    }

    @Test
    void attributeLengthsExcludePaddingAndTheNextAttributeStartsAligned() {
        NetlinkMessage m = write(w -> {
            w.putBytes(1, new byte[] {9});
            w.putU32(2, 5);
        });
        AttributeCursor c = m.attributes(0);
        c.next();
        int first = c.attributeIndex();
        assertThat(c.length()).isEqualTo(1);
        assertThat(m.buffer().getShortLE(first)).as("nla_len on the wire").isEqualTo((short) 5);
        c.next();
        assertThat(c.attributeIndex() - first).isEqualTo(8);
        assertThat(c.u32()).isEqualTo(5);
    }

    @Test
    void nestsCarryTheirLengthAndOnlyTheFlaggedOnesSetNlaFNested() {
        NetlinkMessage m = write(w -> {
            int plain = w.nestStart(1);
            w.putString(1, "veth");
            int inner = w.nestStartFlagged(2);
            w.putU32Be(1, 4);
            w.nestEnd(inner);
            w.nestEnd(plain);
            w.putU8(3, 1);
        });
        AttributeCursor c = m.attributes(0);
        assertThat(c.next()).isTrue();
        assertThat(c.nestedFlag()).isFalse();
        AttributeCursor n = c.nested();
        assertThat(n.next()).isTrue();
        assertThat(n.string()).isEqualTo("veth");
        assertThat(n.next()).isTrue();
        assertThat(n.type()).isEqualTo(2);
        assertThat(n.rawType()).isEqualTo(2 | Netlink.NLA_F_NESTED);
        assertThat(n.nestedFlag()).isTrue();
        AttributeCursor deep = n.nested();
        assertThat(deep.next()).isTrue();
        assertThat(deep.u32be()).isEqualTo(4);
        assertThat(deep.next()).isFalse();
        assertThat(n.next()).isFalse();
        assertThat(c.next()).isTrue();
        assertThat(c.type()).isEqualTo(3);
        assertThat(c.find(2)).isFalse();
        assertThat(c.find(3)).isTrue();
        assertThat(c.u8()).isEqualTo(1);
        assertThat(c.rewind().next()).isTrue();
        assertThat(c.type()).isEqualTo(1);
    }

    @Test
    void aStructBeforeNestedAttributesIsSkippedByNestedAfter() {
        NetlinkMessage m = write(w -> {
            int peer = w.nestStart(1);
            w.u8(0).u8(0).u16(0).u32(0).u32(0).u32(0); // struct ifinfomsg
            w.putString(3, "veth02");
            w.nestEnd(peer);
        });
        AttributeCursor c = m.attributes(0);
        c.next();
        AttributeCursor peer = c.nestedAfter(16);
        assertThat(peer.find(3)).isTrue();
        assertThat(peer.string()).isEqualTo("veth02");
        assertThatThrownBy(() -> c.nestedAfter(100)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void anAttributeOver65535BytesIsRefusedWhenWritten() {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        w.beginMessage(0x10, 0, 1, 0);
        assertThatThrownBy(() -> w.putBytes(1, new byte[70_000])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65535");
    }

    @Test
    void shortValuesAndBadLengthsAreMalformedWithTheOffsetNeverAnIndexError() {
        NetlinkMessage m = write(w -> w.putU8(1, 7));
        AttributeCursor c = m.attributes(0);
        c.next();
        assertThatThrownBy(c::u32).isInstanceOf(MalformedMessageException.class).hasMessageContaining("needs 4");
        assertThatThrownBy(c::address).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> m.payloadU32(100)).isInstanceOf(MalformedMessageException.class);
        assertThatThrownBy(() -> m.attributes(64)).isInstanceOf(MalformedMessageException.class);

        ByteBuf bad = Unpooled.buffer();
        bad.writeIntLE(200).writeShortLE(16).writeShortLE(0).writeIntLE(0).writeIntLE(0);
        assertThatThrownBy(() -> NetlinkMessage.of(bad)).isInstanceOfSatisfying(MalformedMessageException.class,
                e -> assertThat(e.offset()).isZero()).hasMessageContaining("nlmsg_len 200");

        ByteBuf badAttr = Unpooled.buffer();
        badAttr.writeShortLE(40).writeShortLE(1).writeInt(0);
        AttributeCursor cursor = new AttributeCursor(badAttr, 0, badAttr.writerIndex());
        assertThatThrownBy(cursor::next).isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining("attribute length 40");
        assertThatThrownBy(() -> new AttributeCursor(badAttr, 0, 100)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void readingBeforeNextIsAProgrammingError() {
        NetlinkMessage m = write(w -> w.putU8(1, 7));
        assertThatThrownBy(() -> m.attributes(0).type()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWriterCanBePointedAtAnotherBufferAndReportsItsPosition() {
        ByteBuf a = Unpooled.buffer();
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(a);
        int s = w.beginMessage(0x12, 0, 1, 0);
        assertThat(w.messageType(s)).isEqualTo(0x12);
        w.endMessage(s);
        assertThat(w.position()).isEqualTo(16);
        w.reset(b);
        assertThat(w.buffer()).isSameAs(b);
        assertThat(w.position()).isZero();
        int n = w.nestStart(1);
        w.putU32(2, 1);
        assertThat(w.lengthSince(n)).isEqualTo(12);
    }
}
