package io.netlink4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.testing.Vectors;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real message captured from ip, nft and the kernel (shared/vectors) decodes to what its
 * notes say: header, family header, every attribute (offset, length, type, flags, bytes,
 * nesting), and the kernel's error and done statuses.
 */
class VectorDecodeTest {

    /** Collects every difference, so one run shows them all (cheaper than soft assertions on ~10k fields). */
    static final class Mismatches {
        private final List<String> found = new ArrayList<>();
        private int checks;

        void check(String what, Object actual, Object expected) {
            checks++;
            if (!java.util.Objects.equals(actual, expected)) {
                found.add(what + ": expected " + expected + " but was " + actual);
            }
        }

        void fail(String what) {
            found.add(what);
        }

        void assertAll() {
            assertThat(found).as("differences from the vector notes").isEmpty();
            assertThat(checks).as("fields compared").isPositive();
        }
    }

    /** Family header length by netlink protocol and message type (rtnetlink.h, nfnetlink.h). */
    static int familyHeaderLength(String protocol, int type) {
        if (type < Netlink.NLMSG_MIN_TYPE) {
            return 0; // NLMSG_ERROR / NLMSG_DONE: no attributes after a family header
        }
        if (protocol.equals("netfilter")) {
            return 4; // struct nfgenmsg
        }
        if (type >= 16 && type <= 19) {
            return 16; // struct ifinfomsg
        }
        if (type >= 20 && type <= 23) {
            return 8; // struct ifaddrmsg
        }
        if (type >= 24 && type <= 27) {
            return 12; // struct rtmsg
        }
        if (type >= 88 && type <= 90) {
            return 4; // struct rtgenmsg, padded (RTM_NEWNSID / GETNSID)
        }
        throw new AssertionError("no family header length known for " + protocol + " type " + type);
    }

    @TestFactory
    Stream<DynamicTest> everyMessageOfEveryVectorFileDecodesToItsNotes() {
        return Vectors.all().stream().map(file -> DynamicTest.dynamicTest(file.fileName(), () -> {
            Mismatches soft = new Mismatches();
            for (JsonNode m : file.messages()) {
                checkMessage(soft, file.fileName() + " #" + m.path("index").asInt() + " (" + m.path("role").asText() + ")", m);
            }
            soft.assertAll();
        }));
    }

    static void checkMessage(Mismatches soft, String where, JsonNode json) {
        byte[] bytes = Vectors.bytes(json);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        NetlinkMessage m = NetlinkMessage.of(buf);
        JsonNode h = json.path("nlmsghdr");
        soft.check(where + " nlmsg_len", m.length(), h.path("nlmsg_len").asInt());
        soft.check(where + " nlmsg_len = hex length", m.length(), bytes.length);
        soft.check(where + " nlmsg_type", m.type(), h.path("nlmsg_type").asInt());
        soft.check(where + " nlmsg_flags", m.flags(), h.path("nlmsg_flags").asInt());
        soft.check(where + " nlmsg_seq", Integer.toUnsignedLong(m.seq()), h.path("nlmsg_seq").asLong());
        soft.check(where + " nlmsg_pid", m.portId(), (int) h.path("nlmsg_pid").asLong());

        if (json.has("family_header")) {
            checkFamilyHeader(soft, where, m, json.path("family_header"));
        }
        JsonNode attrs = json.path("attrs");
        if (attrs.isArray() && !attrs.isEmpty()) {
            int hdr = familyHeaderLength(json.path("protocol").asText(), m.type());
            soft.check(where + " first attribute offset", attrs.get(0).path("offset").asInt(),
                    Netlink.NLMSG_HDRLEN + Netlink.align(hdr));
            checkAttributes(soft, where, m.start(), m.attributes(hdr), attrs);
        }
        if (json.has("done")) {
            soft.check(where + " done type", m.type(), Netlink.NLMSG_DONE);
            soft.check(where + " done status", m.payloadU32(0), json.path("done").path("value").asInt());
            soft.check(where + " done errno", ErrorMessage.status(m), 0);
        }
        if (json.has("nlmsgerr")) {
            checkError(soft, where, m, json.path("nlmsgerr"));
        }
    }

    static void checkFamilyHeader(Mismatches soft, String where, NetlinkMessage m, JsonNode fh) {
        if (fh.has("ifi_index")) {
            soft.check(where + " ifi_family", m.payloadU8(0), fh.path("ifi_family").asInt());
            soft.check(where + " ifi_type", m.payloadU16(2), fh.path("ifi_type").asInt());
            soft.check(where + " ifi_index", m.payloadU32(4), fh.path("ifi_index").asInt());
            soft.check(where + " ifi_flags", Integer.toUnsignedLong(m.payloadU32(8)), fh.path("ifi_flags").asLong());
            soft.check(where + " ifi_change", Integer.toUnsignedLong(m.payloadU32(12)), fh.path("ifi_change").asLong());
        } else if (fh.has("ifa_index")) {
            soft.check(where + " ifa_family", m.payloadU8(0), fh.path("ifa_family").asInt());
            soft.check(where + " ifa_prefixlen", m.payloadU8(1), fh.path("ifa_prefixlen").asInt());
            soft.check(where + " ifa_flags", m.payloadU8(2), fh.path("ifa_flags").asInt());
            soft.check(where + " ifa_scope", m.payloadU8(3), fh.path("ifa_scope").asInt());
            soft.check(where + " ifa_index", m.payloadU32(4), fh.path("ifa_index").asInt());
        } else if (fh.has("rtm_table")) {
            soft.check(where + " rtm_family", m.payloadU8(0), fh.path("rtm_family").asInt());
            soft.check(where + " rtm_dst_len", m.payloadU8(1), fh.path("rtm_dst_len").asInt());
            soft.check(where + " rtm_src_len", m.payloadU8(2), fh.path("rtm_src_len").asInt());
            soft.check(where + " rtm_tos", m.payloadU8(3), fh.path("rtm_tos").asInt());
            soft.check(where + " rtm_table", m.payloadU8(4), fh.path("rtm_table").asInt());
            soft.check(where + " rtm_protocol", m.payloadU8(5), fh.path("rtm_protocol").asInt());
            soft.check(where + " rtm_scope", m.payloadU8(6), fh.path("rtm_scope").asInt());
            soft.check(where + " rtm_type", m.payloadU8(7), fh.path("rtm_type").asInt());
            soft.check(where + " rtm_flags", Integer.toUnsignedLong(m.payloadU32(8)), fh.path("rtm_flags").asLong());
        } else if (fh.has("nfgen_family")) {
            soft.check(where + " nfgen_family", m.payloadU8(0), fh.path("nfgen_family").asInt());
            soft.check(where + " version", m.payloadU8(1), fh.path("version").asInt());
            soft.check(where + " res_id (big endian)", m.payloadU16be(2), fh.path("res_id").asInt());
        } else {
            soft.fail(where + ": unknown family header " + fh);
        }
    }

    /** Walks {@code c} alongside the JSON list: same attributes, same order, nothing extra. */
    static void checkAttributes(Mismatches soft, String where, int messageStart, AttributeCursor c, JsonNode attrs) {
        for (JsonNode a : attrs) {
            String at = where + " " + a.path("name").asText() + "@" + a.path("offset").asInt();
            if (!c.next()) {
                soft.fail(at + ": the cursor ended before this attribute");
                return;
            }
            soft.check(at + " offset", c.attributeIndex() - messageStart, a.path("offset").asInt());
            soft.check(at + " len", c.length() + Netlink.NLA_HDRLEN, a.path("len").asInt());
            soft.check(at + " type", c.type(), a.path("type").asInt());
            soft.check(at + " NLA_F_NESTED", c.nestedFlag(), a.path("NLA_F_NESTED").asBoolean(false));
            soft.check(at + " NLA_F_NET_BYTEORDER", (c.rawType() & Netlink.NLA_F_NET_BYTEORDER) != 0,
                    a.path("NLA_F_NET_BYTEORDER").asBoolean(false));
            if (a.has("hex")) {
                soft.check(at + " value", Vectors.hex(c.bytes()), a.path("hex").asText());
            }
            if (a.path("value").isTextual() && a.has("hex") && a.path("hex").asText().endsWith("00")
                    && !a.path("value").asText().isEmpty() && a.path("value").asText().chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
                // NUL-terminated strings read back as the text ip/nft printed
                String s = c.string();
                if (s.equals(a.path("value").asText())) {
                    soft.check(at + " stringEquals", c.stringEquals(s), true);
                }
            }
            if (a.has("attrs")) {
                // VETH_INFO_PEER carries a struct ifinfomsg before its attributes
                AttributeCursor inner = a.has("ifinfomsg") ? c.nestedAfter(16) : c.nested();
                checkAttributes(soft, at, messageStart, inner, a.path("attrs"));
            }
        }
        soft.check(where + ": attributes beyond those the notes list", c.next(), false);
    }

    static void checkError(Mismatches soft, String where, NetlinkMessage m, JsonNode e) {
        ErrorMessage err = ErrorMessage.read(m);
        soft.check(where + " error", -err.errno(), e.path("error").asInt());
        soft.check(where + " status", ErrorMessage.status(m), err.errno());
        soft.check(where + " capped", err.capped(), e.path("capped").asBoolean());
        if (e.has("errno_name")) {
            soft.check(where + " errno name", Errno.name(err.errno()), e.path("errno_name").asText());
        }
        if (e.has("strerror")) {
            soft.check(where + " strerror", Errno.text(err.errno()), e.path("strerror").asText());
        }
        JsonNode orig = e.path("orig_nlmsghdr");
        soft.check(where + " echoed nlmsg_len", err.requestLength(), orig.path("nlmsg_len").asInt());
        soft.check(where + " echoed nlmsg_type", err.requestType(), orig.path("nlmsg_type").asInt());
        soft.check(where + " echoed nlmsg_flags", err.requestFlags(), orig.path("nlmsg_flags").asInt());
        soft.check(where + " echoed nlmsg_seq", Integer.toUnsignedLong(err.requestSeq()), orig.path("nlmsg_seq").asLong());
        soft.check(where + " echoed nlmsg_pid", err.requestPortId(), (int) orig.path("nlmsg_pid").asLong());
        soft.check(where + " echoed bytes", m.payloadLength() - 4, e.path("echoed_request_bytes").asInt());
        // none of the captured refusals carries an extended ACK (README, surprise 6)
        JsonNode ext = e.path("ext_ack");
        String expectedMsg = null;
        for (JsonNode t : ext) {
            if (t.path("name").asText().equals("NLMSGERR_ATTR_MSG")) {
                expectedMsg = t.path("value").asText();
            }
        }
        soft.check(where + " ext-ack text", err.extendedAck(), expectedMsg);
        NetlinkException ex = err.toException("replaying " + where);
        if (err.errno() == 0) {
            soft.check(where + " an ACK is no exception", ex, null);
        } else {
            soft.check(where + " exception errno", ex.errno(), err.errno());
            if (err.errno() == Errno.ENODEV) {
                soft.check(where + " exception type", ex.getClass(), NoSuchObjectException.class);
            }
        }
    }

    @Test
    void messagesCapturedInOneSyscallAreWalkedAsOneDatagramAtTheRecordedOffsets() {
        int multi = 0;
        for (Vectors.VectorFile file : Vectors.all()) {
            Map<String, List<JsonNode>> datagrams = new LinkedHashMap<>();
            for (JsonNode m : file.messages()) {
                String key = m.path("command").asInt() + "/" + m.path("fd").asInt() + "/" + m.path("datagram").asInt();
                datagrams.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
            for (Map.Entry<String, List<JsonNode>> d : datagrams.entrySet()) {
                List<JsonNode> parts = d.getValue();
                parts.sort((x, y) -> Integer.compare(x.path("part").asInt(), y.path("part").asInt()));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (JsonNode p : parts) {
                    byte[] b = Vectors.bytes(p);
                    out.writeBytes(b);
                    out.writeBytes(new byte[Netlink.align(b.length) - b.length]);
                }
                ByteBuf buf = Unpooled.wrappedBuffer(out.toByteArray());
                NetlinkMessage view = new NetlinkMessage();
                int pos = 0;
                int i = 0;
                while (buf.writerIndex() - pos >= Netlink.NLMSG_HDRLEN) {
                    view.wrap(buf, pos, buf.writerIndex());
                    JsonNode expected = parts.get(i);
                    assertThat(pos).as(file.fileName() + " datagram " + d.getKey() + " part " + i)
                            .isEqualTo(expected.path("offset_in_datagram").asInt());
                    assertThat(view.type()).isEqualTo(expected.path("nlmsghdr").path("nlmsg_type").asInt());
                    pos = view.nextStart();
                    i++;
                }
                assertThat(i).as(file.fileName() + " datagram " + d.getKey()).isEqualTo(parts.size())
                        .isEqualTo(parts.get(0).path("parts_in_datagram").asInt());
                if (i > 1) {
                    multi++;
                }
            }
        }
        assertThat(multi).as("datagrams holding several messages").isPositive();
    }
}
