package io.netlink4j.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.os.Errno;
import org.junit.jupiter.api.Test;

/** The exception family: the right type per errno, readable messages, and during() that keeps both. */
class NetlinkExceptionTest {

    @Test
    void commonErrnosMapToTypesCallersCanCatch() {
        assertThat(NetlinkException.of(Errno.EEXIST, null, -1, null)).isInstanceOf(AlreadyExistsException.class);
        assertThat(NetlinkException.of(-Errno.ENODEV, null, -1, null)).isInstanceOf(NoSuchObjectException.class);
        assertThat(NetlinkException.of(Errno.ENOENT, null, -1, null)).isInstanceOf(NoSuchObjectException.class);
        assertThat(NetlinkException.of(Errno.ESRCH, null, -1, null)).isInstanceOf(NoSuchObjectException.class);
        assertThat(NetlinkException.of(Errno.EPERM, null, -1, null)).isInstanceOf(PermissionDeniedException.class);
        assertThat(NetlinkException.of(Errno.EACCES, null, -1, null)).isInstanceOf(PermissionDeniedException.class);
        assertThat(NetlinkException.of(Errno.EBUSY, null, -1, null)).isInstanceOf(ResourceBusyException.class);
        assertThat(NetlinkException.of(Errno.ENOBUFS, null, -1, null)).isInstanceOf(BufferOverrunException.class);
        NetlinkException plain = NetlinkException.of(Errno.EINVAL, null, -1, null);
        assertThat(plain.getClass()).isEqualTo(NetlinkException.class);
        assertThat(plain.errno()).isEqualTo(Errno.EINVAL);
    }

    @Test
    void theMessageNamesTheOperationTheErrnoItsTextAndTheKernelsWords() {
        NetlinkException e = NetlinkException.of(-Errno.EINVAL, "mtu less than device minimum", 32, "setting mtu 10 on veth01");
        assertThat(e).hasMessage("setting mtu 10 on veth01: EINVAL (Invalid argument) - kernel says: mtu less than device minimum");
        assertThat(e.errnoName()).isEqualTo("EINVAL");
        assertThat(e.extendedAck()).isEqualTo("mtu less than device minimum");
        assertThat(e.extendedAckOffset()).isEqualTo(32);
        assertThat(NetlinkException.of(Errno.EEXIST, null, 20, "adding table nat"))
                .hasMessage("adding table nat: EEXIST (File exists) - kernel points at request offset 20");
        assertThat(new NetlinkException("no errno here")).hasMessage("no errno here").extracting(NetlinkException::errnoName)
                .isNull();
    }

    @Test
    void duringKeepsTheTypeTheErrnoAndTheKernelsWordsAndChainsTheOriginal() {
        NetlinkException raw = NetlinkException.of(Errno.EEXIST, "kernel words", 4, null);
        NetlinkException described = raw.during("creating veth veth01/veth02 in namespace test-ns");

        assertThat(described).isInstanceOf(AlreadyExistsException.class)
                .hasMessage("creating veth veth01/veth02 in namespace test-ns: EEXIST (File exists) - kernel says: kernel words")
                .hasCause(raw);
        assertThat(described.extendedAck()).isEqualTo("kernel words");
        assertThat(described.extendedAckOffset()).isEqualTo(4);

        NetlinkException twice = described.during("setting up the scenario");
        assertThat(twice.operation()).isEqualTo("setting up the scenario: creating veth veth01/veth02 in namespace test-ns");
        assertThat(twice).isInstanceOf(AlreadyExistsException.class).hasCause(described);
    }

    @Test
    void duringKeepsTheClassOfFailuresWithoutAnErrno() {
        assertThat(new DumpInterruptedException(null).during("listing links"))
                .isInstanceOf(DumpInterruptedException.class).hasMessageStartingWith("listing links: ");
        assertThat(new NetlinkTimeoutException("no answer within 5 ms", null).during("getting link x"))
                .isInstanceOf(NetlinkTimeoutException.class).hasMessage("getting link x: no answer within 5 ms");
        MalformedMessageException bad = new MalformedMessageException("attribute length 3 is too short", 40);
        NetlinkException described = bad.during("decoding link x");
        assertThat(described).isInstanceOf(MalformedMessageException.class)
                .hasMessage("decoding link x: attribute length 3 is too short (at byte 40)");
        assertThat(((MalformedMessageException) described).offset()).isEqualTo(40);
        assertThat(new NetlinkException("plain").during("outer")).hasMessage("outer: plain");
    }

    @Test
    void aCauseGivenAtConstructionIsKept() {
        IllegalStateException cause = new IllegalStateException("root");
        assertThat(new NetlinkException("wrapped", cause)).hasCause(cause);
    }
}
