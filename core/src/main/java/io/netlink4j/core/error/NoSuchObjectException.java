package io.netlink4j.core.error;

/** Thrown when the link, namespace, route, table or chain does not exist (ENODEV, ENOENT, ESRCH, ENXIO). Immutable, hence thread-safe. */
public class NoSuchObjectException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public NoSuchObjectException(int errno, String extAck, int extAckOffset, String operation) {
        super(null, errno, extAck, extAckOffset, operation, null);
    }
}
