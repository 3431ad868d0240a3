package io.netlink4j.bench.scenario;

import io.netlink4j.core.error.NetlinkException;

/**
 * A scenario step failed; everything the earlier steps made has been undone. Names the step
 * and carries the kernel's reason (errno name and extended-ACK text) when there is one; the
 * original exception is the cause. Immutable, hence thread-safe.
 */
public final class ScenarioException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final Step step;

    ScenarioException(Step step, Throwable cause) {
        super(describe(cause), cause instanceof NetlinkException n ? n.errno() : 0,
                cause instanceof NetlinkException n ? n.extendedAck() : null,
                cause instanceof NetlinkException n ? n.extendedAckOffset() : -1,
                step.toString() + " failed", cause);
        this.step = step;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof NetlinkException n) {
            // the errno and ext-ack are printed by NetlinkException itself; keep the operation
            return n.operation() != null ? n.operation() : n.detail();
        }
        return String.valueOf(cause.getMessage());
    }

    /** "step N (title) failed: " and the cause's own full message (operation, errno, kernel text). */
    @Override
    public String getMessage() {
        return step + " failed: " + getCause().getMessage();
    }

    /** The step that failed. */
    public Step step() {
        return step;
    }

    @Override
    protected NetlinkException withOperation(String op) {
        return this;
    }
}
