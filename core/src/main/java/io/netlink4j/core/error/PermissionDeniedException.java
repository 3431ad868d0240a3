package io.netlink4j.core.error;

/** Thrown when the caller lacks the privilege (EPERM, EACCES; usually no CAP_NET_ADMIN). Immutable, hence thread-safe. */
public class PermissionDeniedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(int errno, String extAck, int extAckOffset, String operation) {
        super(null, errno, extAck, extAckOffset, operation, null);
    }
}
