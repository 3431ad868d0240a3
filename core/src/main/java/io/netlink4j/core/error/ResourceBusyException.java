package io.netlink4j.core.error;

/** Thrown when the object is in use (EBUSY). Immutable, hence thread-safe. */
public class ResourceBusyException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public ResourceBusyException(int errno, String extAck, int extAckOffset, String operation) {
        super(null, errno, extAck, extAckOffset, operation, null);
    }
}
