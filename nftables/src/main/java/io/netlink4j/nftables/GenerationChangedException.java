package io.netlink4j.nftables;

import io.netlink4j.core.error.NetlinkException;

/**
 * A transaction bound to a ruleset generation ({@link Transaction#expectGeneration}) found the
 * ruleset changed by someone else since: the kernel refused the whole batch (ERESTART) and
 * applied nothing. Re-read the ruleset and decide again. Immutable, hence thread-safe.
 */
public class GenerationChangedException extends TransactionException {
    private static final long serialVersionUID = 1L;

    private final int expectedGeneration;

    public GenerationChangedException(int expectedGeneration, int commandCount, NetlinkException cause) {
        this(expectedGeneration, commandCount, cause, null);
    }

    private GenerationChangedException(int expectedGeneration, int commandCount, NetlinkException cause, String operation) {
        super(0, commandCount, null, null, cause, operation);
        this.expectedGeneration = expectedGeneration;
    }

    /** The generation the transaction was bound to. */
    public int expectedGeneration() {
        return expectedGeneration;
    }

    @Override
    protected NetlinkException withOperation(String op) {
        return new GenerationChangedException(expectedGeneration, commandCount(), (NetlinkException) getCause(), op);
    }

    @Override
    public String getMessage() {
        return (operation() != null ? operation() : "committing nf_tables transaction")
                + ": the ruleset changed since generation " + Integer.toUnsignedString(expectedGeneration)
                + " (ERESTART); the batch of " + commandCount() + (commandCount() == 1 ? " command" : " commands")
                + " was refused as a whole and nothing was applied";
    }
}
