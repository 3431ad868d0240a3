package io.netlink4j.core.error;

/** Thrown when the object already exists (EEXIST). Immutable, hence thread-safe. */
public class AlreadyExistsException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public AlreadyExistsException(int errno, String extAck, int extAckOffset, String operation) {
        super(null, errno, extAck, extAckOffset, operation, null);
    }
}
