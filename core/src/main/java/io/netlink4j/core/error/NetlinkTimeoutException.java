package io.netlink4j.core.error;

/**
 * No answer arrived within the socket's receive timeout. The request's outcome is unknown.
 * Immutable, hence thread-safe.
 */
public class NetlinkTimeoutException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public NetlinkTimeoutException(String detail, String operation) {
        super(detail, 0, null, -1, operation, null);
    }

    @Override
    protected NetlinkException withOperation(String op) {
        return new NetlinkTimeoutException(detail(), op);
    }
}
