package io.netlink4j.nftables.expr;

/**
 * Thrown by a decoder when its typed record could not re-encode what the kernel sent exactly
 * (an attribute it does not model, an unexpected length, an unknown key number). The
 * registry catches it and keeps the expression as a {@link RawExpression}, so nothing is
 * lost. Control flow only: no stack trace, one shared instance.
 */
final class Unrepresentable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final Unrepresentable INSTANCE = new Unrepresentable();

    private Unrepresentable() {
        super("not representable as a typed expression", null, false, false);
    }
}
