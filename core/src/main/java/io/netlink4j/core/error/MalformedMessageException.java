package io.netlink4j.core.error;

/**
 * A message from the kernel (or a buffer handed to a decoder) does not parse: says where
 * (byte offset) and why. Decoders raise only this for bad input, never buffer index errors.
 * Immutable, hence thread-safe.
 */
public class MalformedMessageException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public MalformedMessageException(String why, int offset) {
        this(why, offset, null);
    }

    private MalformedMessageException(String why, int offset, String operation) {
        super(why + " (at byte " + offset + ")", 0, null, -1, operation, null);
        this.offset = offset;
    }

    /** Byte offset of the problem in the buffer that was being decoded. */
    public int offset() {
        return offset;
    }

    @Override
    protected NetlinkException withOperation(String op) {
        return new MalformedMessageException(detail().substring(0, detail().lastIndexOf(" (at byte ")), offset, op);
    }
}
