package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.MessageWriter;

/**
 * One nf_tables expression of a rule (meta, cmp, payload, immediate...). Each kind lives in
 * its own file with its encode and decode side by side; {@link Expressions} maps kernel names
 * to decoders. Implementations are immutable records, hence thread-safe.
 */
public interface Expression {
    /** The kernel's name for this expression (NFTA_EXPR_NAME): {@code "meta"}, {@code "cmp"}... */
    String kind();

    /**
     * Writes the attributes inside NFTA_EXPR_DATA (the nest itself is written by
     * {@link Expressions}). nf_tables integers are big-endian; nests carry NLA_F_NESTED.
     */
    void encode(MessageWriter out);
}
