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
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real message captured from ip, nft and the kernel (shared/vectors) decodes to what its
 * notes say: header, family header, every attribute (offset, length, type, flags, bytes,
 * nesting), and the kernel's error and done statuses.
 */
class VectorDecodeTest {

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
            SoftAssertions soft = new SoftAssertions();
            for (JsonNode m : file.messages()) {
                checkMessage(soft, file.fileName() + " #" + m.path("index").asInt() + " (" + m.path("role").asText() + ")", m);
            }
            soft.assertAll();
        }));
    }

    static void checkMessage(SoftAssertions soft, String where, JsonNode json) {
        byte[] bytes = Vectors.bytes(json);
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        NetlinkMessage m = NetlinkMessage.of(buf);
        JsonNode h = json.path("nlmsghdr");
        soft.assertThat(m.length()).as(where + " nlmsg_len").isEqualTo(h.path("nlmsg_len").asInt()).isEqualTo(bytes.length);
        soft.assertThat(m.type()).as(where + " nlmsg_type").isEqualTo(h.path("nlmsg_type").asInt());
        soft.assertThat(m.flags()).as(where + " nlmsg_flags").isEqualTo(h.path("nlmsg_flags").asInt());
        soft.assertThat(Integer.toUnsignedLong(m.seq())).as(where + " nlmsg_seq").isEqualTo(h.path("nlmsg_seq").asLong());
        soft.assertThat(m.portId()).as(where + " nlmsg_pid").isEqualTo((int) h.path("nlmsg_pid").asLong());

        if (json.has("family_header")) {
            checkFamilyHeader(soft, where, m, json.path("family_header"));
        }
        JsonNode attrs = json.path("attrs");
        if (attrs.isArray() && !attrs.isEmpty()) {
            int hdr = familyHeaderLength(json.path("protocol").asText(), m.type());
            soft.assertThat(attrs.get(0).path("offset").asInt()).as(where + " first attribute offset")
                    .isEqualTo(Netlink.NLMSG_HDRLEN + Netlink.align(hdr));
            checkAttributes(soft, where, m.start(), m.attributes(hdr), attrs);
        }
        if (json.has("done")) {
            soft.assertThat(m.type()).as(where + " done type").isEqualTo(Netlink.NLMSG_DONE);
            soft.assertThat(m.payloadU32(0)).as(where + " done status").isEqualTo(json.path("done").path("value").asInt());
            soft.assertThat(ErrorMessage.status(m)).as(where + " done errno").isZero();
        }
        if (json.has("nlmsgerr")) {
            checkError(soft, where, m, json.path("nlmsgerr"));
        }
    }

    static void checkFamilyHeader(SoftAssertions soft, String where, NetlinkMessage m, JsonNode fh) {
        if (fh.has("ifi_index")) {
            soft.assertThat(m.payloadU8(0)).as(where + " ifi_family").isEqualTo(fh.path("ifi_family").asInt());
            soft.assertThat(m.payloadU16(2)).as(where + " ifi_type").isEqualTo(fh.path("ifi_type").asInt());
            soft.assertThat(m.payloadU32(4)).as(where + " ifi_index").isEqualTo(fh.path("ifi_index").asInt());
            soft.assertThat(Integer.toUnsignedLong(m.payloadU32(8))).as(where + " ifi_flags").isEqualTo(fh.path("ifi_flags").asLong());
            soft.assertThat(Integer.toUnsignedLong(m.payloadU32(12))).as(where + " ifi_change").isEqualTo(fh.path("ifi_change").asLong());
        } else if (fh.has("ifa_index")) {
            soft.assertThat(m.payloadU8(0)).as(where + " ifa_family").isEqualTo(fh.path("ifa_family").asInt());
            soft.assertThat(m.payloadU8(1)).as(where + " ifa_prefixlen").isEqualTo(fh.path("ifa_prefixlen").asInt());
            soft.assertThat(m.payloadU8(2)).as(where + " ifa_flags").isEqualTo(fh.path("ifa_flags").asInt());
            soft.assertThat(m.payloadU8(3)).as(where + " ifa_scope").isEqualTo(fh.path("ifa_scope").asInt());
            soft.assertThat(m.payloadU32(4)).as(where + " ifa_index").isEqualTo(fh.path("ifa_index").asInt());
        } else if (fh.has("rtm_table")) {
            soft.assertThat(m.payloadU8(0)).as(where + " rtm_family").isEqualTo(fh.path("rtm_family").asInt());
            soft.assertThat(m.payloadU8(1)).as(where + " rtm_dst_len").isEqualTo(fh.path("rtm_dst_len").asInt());
            soft.assertThat(m.payloadU8(2)).as(where + " rtm_src_len").isEqualTo(fh.path("rtm_src_len").asInt());
            soft.assertThat(m.payloadU8(3)).as(where + " rtm_tos").isEqualTo(fh.path("rtm_tos").asInt());
            soft.assertThat(m.payloadU8(4)).as(where + " rtm_table").isEqualTo(fh.path("rtm_table").asInt());
            soft.assertThat(m.payloadU8(5)).as(where + " rtm_protocol").isEqualTo(fh.path("rtm_protocol").asInt());
            soft.assertThat(m.payloadU8(6)).as(where + " rtm_scope").isEqualTo(fh.path("rtm_scope").asInt());
            soft.assertThat(m.payloadU8(7)).as(where + " rtm_type").isEqualTo(fh.path("rtm_type").asInt());
            soft.assertThat(Integer.toUnsignedLong(m.payloadU32(8))).as(where + " rtm_flags").isEqualTo(fh.path("rtm_flags").asLong());
        } else if (fh.has("nfgen_family")) {
            soft.assertThat(m.payloadU8(0)).as(where + " nfgen_family").isEqualTo(fh.path("nfgen_family").asInt());
            soft.assertThat(m.payloadU8(1)).as(where + " version").isEqualTo(fh.path("version").asInt());
            soft.assertThat(m.payloadU16be(2)).as(where + " res_id (big endian)").isEqualTo(fh.path("res_id").asInt());
        } else {
            soft.fail(where + ": unknown family header " + fh);
        }
    }

    /** Walks {@code c} alongside the JSON list: same attributes, same order, nothing extra. */
    static void checkAttributes(SoftAssertions soft, String where, int messageStart, AttributeCursor c, JsonNode attrs) {
        for (JsonNode a : attrs) {
            String at = where + " " + a.path("name").asText() + "@" + a.path("offset").asInt();
            if (!c.next()) {
                soft.fail(at + ": the cursor ended before this attribute");
                return;
            }
            soft.assertThat(c.attributeIndex() - messageStart).as(at + " offset").isEqualTo(a.path("offset").asInt());
            soft.assertThat(c.length() + Netlink.NLA_HDRLEN).as(at + " len").isEqualTo(a.path("len").asInt());
            soft.assertThat(c.type()).as(at + " type").isEqualTo(a.path("type").asInt());
            soft.assertThat(c.nestedFlag()).as(at + " NLA_F_NESTED").isEqualTo(a.path("NLA_F_NESTED").asBoolean(false));
            soft.assertThat((c.rawType() & Netlink.NLA_F_NET_BYTEORDER) != 0).as(at + " NLA_F_NET_BYTEORDER")
                    .isEqualTo(a.path("NLA_F_NET_BYTEORDER").asBoolean(false));
            if (a.has("hex")) {
                soft.assertThat(Vectors.hex(c.bytes())).as(at + " value").isEqualTo(a.path("hex").asText());
            }
            if (a.path("value").isTextual() && a.has("hex") && a.path("hex").asText().endsWith("00")
                    && !a.path("value").asText().isEmpty() && a.path("value").asText().chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
                // NUL-terminated strings read back as the text ip/nft printed
                String s = c.string();
                if (s.equals(a.path("value").asText())) {
                    soft.assertThat(c.stringEquals(s)).as(at + " stringEquals").isTrue();
                }
            }
            if (a.has("attrs")) {
                // VETH_INFO_PEER carries a struct ifinfomsg before its attributes
                AttributeCursor inner = a.has("ifinfomsg") ? c.nestedAfter(16) : c.nested();
                checkAttributes(soft, at, messageStart, inner, a.path("attrs"));
            }
        }
        soft.assertThat(c.next()).as(where + ": attributes beyond those the notes list").isFalse();
    }

    static void checkError(SoftAssertions soft, String where, NetlinkMessage m, JsonNode e) {
        ErrorMessage err = ErrorMessage.read(m);
        soft.assertThat(-err.errno()).as(where + " error").isEqualTo(e.path("error").asInt());
        soft.assertThat(ErrorMessage.status(m)).as(where + " status").isEqualTo(err.errno());
        soft.assertThat(err.capped()).as(where + " capped").isEqualTo(e.path("capped").asBoolean());
        if (e.has("errno_name")) {
            soft.assertThat(Errno.name(err.errno())).as(where + " errno name").isEqualTo(e.path("errno_name").asText());
        }
        if (e.has("strerror")) {
            soft.assertThat(Errno.text(err.errno())).as(where + " strerror").isEqualTo(e.path("strerror").asText());
        }
        JsonNode orig = e.path("orig_nlmsghdr");
        soft.assertThat(err.requestLength()).as(where + " echoed nlmsg_len").isEqualTo(orig.path("nlmsg_len").asInt());
        soft.assertThat(err.requestType()).as(where + " echoed nlmsg_type").isEqualTo(orig.path("nlmsg_type").asInt());
        soft.assertThat(err.requestFlags()).as(where + " echoed nlmsg_flags").isEqualTo(orig.path("nlmsg_flags").asInt());
        soft.assertThat(Integer.toUnsignedLong(err.requestSeq())).as(where + " echoed nlmsg_seq").isEqualTo(orig.path("nlmsg_seq").asLong());
        soft.assertThat(err.requestPortId()).as(where + " echoed nlmsg_pid").isEqualTo((int) orig.path("nlmsg_pid").asLong());
        soft.assertThat(m.payloadLength() - 4).as(where + " echoed bytes").isEqualTo(e.path("echoed_request_bytes").asInt());
        // none of the captured refusals carries an extended ACK (README, surprise 6)
        JsonNode ext = e.path("ext_ack");
        String expectedMsg = null;
        for (JsonNode t : ext) {
            if (t.path("name").asText().equals("NLMSGERR_ATTR_MSG")) {
                expectedMsg = t.path("value").asText();
            }
        }
        soft.assertThat(err.extendedAck()).as(where + " ext-ack text").isEqualTo(expectedMsg);
        NetlinkException ex = err.toException("replaying " + where);
        if (err.errno() == 0) {
            soft.assertThat(ex).as(where + " an ACK is no exception").isNull();
        } else {
            soft.assertThat(ex).as(where + " exception").isNotNull();
            soft.assertThat(ex.errno()).isEqualTo(err.errno());
            if (err.errno() == Errno.ENODEV) {
                soft.assertThat(ex).isInstanceOf(NoSuchObjectException.class);
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
