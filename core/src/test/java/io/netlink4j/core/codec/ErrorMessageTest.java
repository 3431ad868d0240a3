package io.netlink4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.os.Errno;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The kernel's NLMSG_ERROR and NLMSG_DONE, as netlink_ack() and netlink_dump_done() build
 * them: capped or with the whole request echoed, with or without extended-ACK attributes.
 */
class ErrorMessageTest {
    private static final int RTM_NEWLINK = 16;

    /** A request of {@code len} bytes (header + zeros) as the kernel would echo it. */
    private static void echoedRequest(MessageWriter w, int len, int seq) {
        int start = w.beginMessage(RTM_NEWLINK, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK, seq, 0);
        w.zeros(len - Netlink.NLMSG_HDRLEN);
        w.endMessage(start);
    }

    private static NetlinkMessage error(int flags, int error, Consumer<MessageWriter> rest) {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        int start = w.beginMessage(Netlink.NLMSG_ERROR, flags, 77, 1234);
        w.u32(error);
        rest.accept(w);
        w.endMessage(start);
        return NetlinkMessage.of(buf);
    }

    @Test
    void aCappedAckIsErrnoZeroWithTheRequestHeader() {
        NetlinkMessage m = error(Netlink.NLM_F_CAPPED, 0, w -> w.u32(92).u16(RTM_NEWLINK).u16(0x605).u32(77).u32(0));
        ErrorMessage e = ErrorMessage.read(m);

        assertThat(e.isAck()).isTrue();
        assertThat(e.errno()).isZero();
        assertThat(e.capped()).isTrue();
        assertThat(e.requestLength()).isEqualTo(92);
        assertThat(e.requestType()).isEqualTo(RTM_NEWLINK);
        assertThat(e.requestFlags()).isEqualTo(0x605);
        assertThat(e.requestSeq()).isEqualTo(77);
        assertThat(e.toException("x")).isNull();
        assertThat(ErrorMessage.status(m)).isZero();
    }

    @Test
    void aCappedRefusalCarriesTheExtendedAckMessageAndOffsetAfterTheHeader() {
        NetlinkMessage m = error(Netlink.NLM_F_CAPPED | Netlink.NLM_F_ACK_TLVS, -Errno.EEXIST, w -> {
            w.u32(44).u16(RTM_NEWLINK).u16(0x605).u32(77).u32(0);
            w.putString(Netlink.NLMSGERR_ATTR_MSG, "ipv4: Address already assigned");
            w.putU32(Netlink.NLMSGERR_ATTR_OFFS, 32);
        });
        ErrorMessage e = ErrorMessage.read(m);

        assertThat(e.errno()).isEqualTo(Errno.EEXIST);
        assertThat(e.extendedAck()).isEqualTo("ipv4: Address already assigned");
        assertThat(e.extendedAckOffset()).isEqualTo(32);
        NetlinkException ex = e.toException("adding 198.51.100.1/24 to lo");
        assertThat(ex).isInstanceOf(AlreadyExistsException.class)
                .hasMessage("adding 198.51.100.1/24 to lo: EEXIST (File exists) - kernel says: ipv4: Address already assigned");
    }

    @Test
    void anUncappedRefusalSkipsTheWholeEchoedRequestBeforeTheAttributes() {
        // 54 bytes: not a multiple of 4, so the attributes start after its padding
        NetlinkMessage m = error(Netlink.NLM_F_ACK_TLVS, -Errno.EINVAL, w -> {
            echoedRequest(w, 52, 77);
            w.putString(Netlink.NLMSGERR_ATTR_MSG, "mtu less than device minimum");
            w.putU32(ErrorMessage.NLMSGERR_ATTR_MISS_TYPE, 3);
            w.putU32(ErrorMessage.NLMSGERR_ATTR_MISS_NEST, 20);
        });
        ErrorMessage e = ErrorMessage.read(m);

        assertThat(e.capped()).isFalse();
        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
        assertThat(e.requestLength()).isEqualTo(52);
        assertThat(e.extendedAck()).isEqualTo("mtu less than device minimum");
        assertThat(e.extendedAckOffset()).isEqualTo(-1);
        assertThat(e.missingType()).isEqualTo(3);
        assertThat(e.missingNestOffset()).isEqualTo(20);
    }

    @Test
    void anUnalignedEchoedRequestIsPaddedBeforeTheAttributes() {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        int start = w.beginMessage(Netlink.NLMSG_ERROR, Netlink.NLM_F_ACK_TLVS, 5, 1);
        w.u32(-Errno.ENODEV);
        // an echoed request whose nlmsg_len (22) is not aligned
        w.u32(22).u16(RTM_NEWLINK).u16(5).u32(5).u32(0).u8(1).u8(2).u8(3).u8(4).u8(5).u8(6).align();
        w.putString(Netlink.NLMSGERR_ATTR_MSG, "no such device");
        w.endMessage(start);

        ErrorMessage e = ErrorMessage.read(NetlinkMessage.of(buf));
        assertThat(e.errno()).isEqualTo(Errno.ENODEV);
        assertThat(e.extendedAck()).isEqualTo("no such device");
    }

    @Test
    void anErrorWithoutTheAckTlvsFlagHasNoExtendedAck() {
        NetlinkMessage m = error(0, -Errno.ENODEV, w -> echoedRequest(w, 32, 0));
        ErrorMessage e = ErrorMessage.read(m);
        assertThat(e.errno()).isEqualTo(Errno.ENODEV);
        assertThat(e.extendedAck()).isNull();
        assertThat(e.extendedAckOffset()).isEqualTo(-1);
    }

    @Test
    void aDoneWithANegativeStatusAndExtendedAckIsAFailedDump() {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        int start = w.beginMessage(Netlink.NLMSG_DONE, Netlink.NLM_F_MULTI | Netlink.NLM_F_ACK_TLVS, 9, 1);
        w.u32(-Errno.EINVAL);
        w.putString(Netlink.NLMSGERR_ATTR_MSG, "Invalid header for link dump");
        w.endMessage(start);

        NetlinkMessage m = NetlinkMessage.of(buf);
        assertThat(ErrorMessage.status(m)).isEqualTo(Errno.EINVAL);
        ErrorMessage e = ErrorMessage.read(m);
        assertThat(e.errno()).isEqualTo(Errno.EINVAL);
        assertThat(e.extendedAck()).isEqualTo("Invalid header for link dump");
        assertThat(e.requestSeq()).isEqualTo(9);
    }

    @Test
    void aBareDoneOfOldKernelsWithoutAStatusWordIsSuccess() {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        w.endMessage(w.beginMessage(Netlink.NLMSG_DONE, Netlink.NLM_F_MULTI, 9, 1));
        assertThat(ErrorMessage.read(NetlinkMessage.of(buf)).isAck()).isTrue();
    }

    @Test
    void aTooShortErrorOrAnErrorThatIsNoErrnoIsMalformed() {
        ByteBuf shortBuf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(shortBuf);
        int s = w.beginMessage(Netlink.NLMSG_ERROR, 0, 1, 1);
        w.u32(-1);
        w.endMessage(s);
        assertThatThrownBy(() -> ErrorMessage.read(NetlinkMessage.of(shortBuf)))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("too short");

        assertThatThrownBy(() -> ErrorMessage.status(error(0, 5, x -> echoedRequest(x, 16, 1))))
                .isInstanceOf(MalformedMessageException.class).hasMessageContaining("not 0 or a negative errno");
        assertThatThrownBy(() -> ErrorMessage.status(error(0, Integer.MIN_VALUE, x -> echoedRequest(x, 16, 1))))
                .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void attributesClaimedBeyondTheMessageAreMalformedNotAnIndexError() {
        // uncapped, ACK_TLVS set, but the echoed length claims more than the message holds
        NetlinkMessage m = error(Netlink.NLM_F_ACK_TLVS, -Errno.EINVAL,
                w -> w.u32(0x7fffffff).u16(RTM_NEWLINK).u16(5).u32(1).u32(0));
        assertThatThrownBy(() -> ErrorMessage.read(m)).isInstanceOf(MalformedMessageException.class);
        NetlinkMessage huge = error(Netlink.NLM_F_ACK_TLVS, -Errno.EINVAL,
                w -> w.u32(0xfffffff0).u16(RTM_NEWLINK).u16(5).u32(1).u32(0));
        assertThatThrownBy(() -> ErrorMessage.read(huge)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void onlyErrorAndDoneMessagesAreAccepted() {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        w.endMessage(w.beginMessage(RTM_NEWLINK, 0, 1, 1));
        assertThatThrownBy(() -> ErrorMessage.read(NetlinkMessage.of(buf))).isInstanceOf(IllegalArgumentException.class);
    }
}
