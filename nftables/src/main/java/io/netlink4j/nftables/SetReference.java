package io.netlink4j.nftables;

import io.netlink4j.nftables.expr.Expression;

/**
 * An expression that refers to a set the transaction must create first (an anonymous set).
 * The transaction calls {@link #bindSet} with the name and batch-local id it gave the set and
 * encodes the returned expression instead.
 *
 * <p>Implementations are immutable records, hence thread-safe.
 */
public interface SetReference extends Expression {
    /** The inline set to create before the rule, or null if the expression names an existing set. */
    AnonymousSet anonymousSet();

    /** This expression pointing at the set called {@code name} with batch id {@code setId}. */
    Expression bindSet(String name, int setId);
}
