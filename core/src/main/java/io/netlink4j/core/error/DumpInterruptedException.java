package io.netlink4j.core.error;

/**
 * A dump saw NLM_F_DUMP_INTR: the kernel's table changed while it was being dumped, so the
 * result may be inconsistent. Retry the dump (the clients' {@code list} calls do so a bounded
 * number of times). Immutable, hence thread-safe.
 */
public class DumpInterruptedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    public DumpInterruptedException(String operation) {
        super("the dump was interrupted by a concurrent change (NLM_F_DUMP_INTR)", 0, null, -1, operation, null);
    }

    @Override
    protected NetlinkException withOperation(String op) {
        return new DumpInterruptedException(op);
    }
}
