package io.netlink4j.nftables;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.os.Errno;

/**
 * A transaction the kernel refused. Nothing of it was applied: nf_tables commits a batch all or
 * nothing, so the ruleset is exactly as before the commit.
 *
 * <p>It names the command the kernel refused ({@link #commandIndex()} of
 * {@link #commandCount()}, 1-based, and {@link #command()}, e.g. "add chain ip nat postrouting
 * { type nat hook postrouting priority srcnat; }"), the errno, the kernel's extended-ACK text
 * when it sent one, and the attribute it pointed at ({@link #attribute()}) when it sent only an
 * offset, as nf_tables mostly does. When the batch was refused as a whole (a stale generation,
 * a failed commit) {@link #commandIndex()} is 0. The cause is the plain typed exception for the
 * errno ({@code AlreadyExistsException}, {@code NoSuchObjectException}...), so
 * {@code e.getCause() instanceof NoSuchObjectException} tells a missing object.
 *
 * <p>Immutable, hence thread-safe.
 */
public class TransactionException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final int commandIndex;
    private final int commandCount;
    private final String command;
    private final String attribute;

    /**
     * @param commandIndex 1-based index of the refused command, or 0 for the batch as a whole
     * @param commandCount commands in the transaction
     * @param command      the refused command in nft's words, or null
     * @param attribute    the attribute the kernel pointed at, or null
     * @param cause        the typed exception for the errno
     */
    public TransactionException(int commandIndex, int commandCount, String command, String attribute,
                                NetlinkException cause) {
        this(commandIndex, commandCount, command, attribute, cause, null);
    }

    /** As above, with the operation text ({@link NetlinkException#during}). */
    protected TransactionException(int commandIndex, int commandCount, String command, String attribute,
                                   NetlinkException cause, String operation) {
        super(null, cause.errno(), cause.extendedAck(), cause.extendedAckOffset(),
                operation != null ? operation : "committing nf_tables transaction", cause);
        this.commandIndex = commandIndex;
        this.commandCount = commandCount;
        this.command = command;
        this.attribute = attribute;
    }

    /** 1-based index of the refused command, or 0 when the kernel refused the batch as a whole. */
    public int commandIndex() {
        return commandIndex;
    }

    /** How many commands the transaction had. */
    public int commandCount() {
        return commandCount;
    }

    /** The refused command in nft's words ("add rule inet filter forward ..."), or null. */
    public String command() {
        return command;
    }

    /** The attribute the kernel pointed at (NLMSGERR_ATTR_OFFS), e.g. {@code NFTA_CHAIN_TYPE "nat"}, or null. */
    public String attribute() {
        return attribute;
    }

    @Override
    protected NetlinkException withOperation(String op) {
        return new TransactionException(commandIndex, commandCount, command, attribute, (NetlinkException) getCause(), op);
    }

    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder();
        sb.append(operation() != null ? operation() : "committing nf_tables transaction").append(": ");
        if (commandIndex > 0) {
            sb.append("command ").append(commandIndex).append(" of ").append(commandCount);
            if (command != null) {
                sb.append(" (").append(command).append(')');
            }
        } else {
            sb.append("the batch of ").append(commandCount).append(commandCount == 1 ? " command" : " commands");
        }
        sb.append(" failed: ");
        if (errno() != 0) {
            sb.append(Errno.name(errno())).append(" (").append(Errno.text(errno())).append(')');
        }
        if (extendedAck() != null && !extendedAck().isEmpty()) {
            sb.append(" - kernel says: ").append(extendedAck());
        }
        if (attribute != null) {
            sb.append(" - kernel points at ").append(attribute);
        } else if ((extendedAck() == null || extendedAck().isEmpty()) && extendedAckOffset() >= 0) {
            sb.append(" - kernel points at request offset ").append(extendedAckOffset());
        }
        sb.append("; nothing was applied");
        return sb.toString();
    }
}
