package io.netlink4j.core.error;

/** Thrown when the socket's receive buffer overflowed and messages were lost (ENOBUFS). Immutable, hence thread-safe. */
public class BufferOverrunException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public BufferOverrunException(int errno, String extAck, int extAckOffset, String operation) {
        super(null, errno, extAck, extAckOffset, operation, null);
    }
}
