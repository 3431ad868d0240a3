package io.netlink4j.core.error;

import io.netlink4j.core.os.Errno;

/**
 * Root of netlink4j's exceptions (unchecked). Carries the errno as a value and a name, the
 * kernel's extended-ACK text when it sent one, and the operation that failed ("creating veth
 * veth01/veth02 in namespace test-ns").
 *
 * <p>Use {@link #of} to get the most specific subclass for an errno, so callers can catch the
 * common cases ({@link AlreadyExistsException}, {@link NoSuchObjectException},
 * {@link PermissionDeniedException}, {@link ResourceBusyException}) by type.
 * Immutable, hence thread-safe.
 */
public class NetlinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;
    private final String extAck;
    private final int extAckOffset;
    private final String operation;
    private final String detail;

    /**
     * @param detail       what went wrong in words, if there is no errno (may be null)
     * @param errno        positive errno, or 0 when the failure is not an errno
     * @param extAck       the kernel's NLMSGERR_ATTR_MSG text, or null
     * @param extAckOffset the kernel's NLMSGERR_ATTR_OFFS, or -1
     * @param operation    what was being done, or null
     */
    protected NetlinkException(String detail, int errno, String extAck, int extAckOffset,
                               String operation, Throwable cause) {
        // RuntimeException(msg, null) would fix the cause to null for good, and during() could
        // then not chain the original: leave the cause unset unless there is one
        super((String) null);
        if (cause != null) {
            initCause(cause);
        }
        this.detail = detail;
        this.errno = Math.abs(errno);
        this.extAck = extAck;
        this.extAckOffset = extAckOffset;
        this.operation = operation;
    }

    /** An exception with no errno: a protocol or parse problem described in words. */
    public NetlinkException(String detail) {
        this(detail, 0, null, -1, null, null);
    }

    /** An exception with no errno and a cause. */
    public NetlinkException(String detail, Throwable cause) {
        this(detail, 0, null, -1, null, cause);
    }

    /** The most specific exception for a kernel or system-call errno. */
    public static NetlinkException of(int errno, String extAck, int extAckOffset, String operation) {
        int e = Math.abs(errno);
        switch (e) {
            case Errno.EEXIST:
                return new AlreadyExistsException(e, extAck, extAckOffset, operation);
            case Errno.ENOENT:
            case Errno.ENODEV:
            case Errno.ESRCH:
            case 6: // ENXIO
                return new NoSuchObjectException(e, extAck, extAckOffset, operation);
            case Errno.EPERM:
            case Errno.EACCES:
                return new PermissionDeniedException(e, extAck, extAckOffset, operation);
            case Errno.EBUSY:
                return new ResourceBusyException(e, extAck, extAckOffset, operation);
            case Errno.ENOBUFS:
                return new BufferOverrunException(e, extAck, extAckOffset, operation);
            default:
                return new NetlinkException(null, e, extAck, extAckOffset, operation, null);
        }
    }

    /** The errno alone, for a system call that failed. */
    public static NetlinkException ofErrno(int errno, String operation) {
        return of(errno, null, -1, operation);
    }

    /**
     * The same failure described as part of a larger operation; the original becomes the cause
     * so no stack is lost. Subclasses without an errno keep their class.
     */
    public NetlinkException during(String outerOperation) {
        String op = operation == null ? outerOperation : outerOperation + ": " + operation;
        NetlinkException copy = errno != 0 && getClass() == of(errno, null, -1, null).getClass()
                ? of(errno, extAck, extAckOffset, op)
                : withOperation(op);
        copy.initCause(this);
        return copy;
    }

    /** Re-creates this exception with another operation text; subclasses with state override. */
    protected NetlinkException withOperation(String op) {
        return new NetlinkException(detail, errno, extAck, extAckOffset, op, null);
    }

    /** Positive errno, or 0 when this failure has none. */
    public int errno() {
        return errno;
    }

    /** Symbolic errno name ({@code "EEXIST"}), or null when there is no errno. */
    public String errnoName() {
        return errno == 0 ? null : Errno.name(errno);
    }

    /** The kernel's extended-ACK message, or null if it sent none. */
    public String extendedAck() {
        return extAck;
    }

    /** The kernel's extended-ACK offset into the request (NLMSGERR_ATTR_OFFS), or -1. */
    public int extendedAckOffset() {
        return extAckOffset;
    }

    /** What was being done when it failed, or null. */
    public String operation() {
        return operation;
    }

    /** The failure description without the operation. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        if (operation != null) {
            sb.append(operation).append(": ");
        }
        if (errno != 0) {
            sb.append(Errno.name(errno)).append(" (").append(Errno.text(errno)).append(')');
        }
        if (detail != null) {
            if (errno != 0) {
                sb.append(": ");
            }
            sb.append(detail);
        }
        if (extAck != null && !extAck.isEmpty()) {
            sb.append(" - kernel says: ").append(extAck);
        } else if (extAckOffset >= 0) {
            sb.append(" - kernel points at request offset ").append(extAckOffset);
        }
        return sb.toString();
    }
}
