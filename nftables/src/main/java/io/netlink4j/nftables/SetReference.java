package io.netlink4j.nftables;

import io.netlink4j.nftables.expr.Expression;

/**
 * An expression that refers to a set: either an inline set the transaction must create first
 * ({@link #anonymousSet()} non-null), or a set by name ({@link #set()}), which a transaction can
 * point at a set it creates in the same batch, such as a listed anonymous set copied with
 * {@link Transaction#addRule(Rule, java.util.List)}. The transaction calls {@link #bindSet}
 * with the name and batch-local id it gave the set and encodes the returned expression instead.
 * Implementations are expected to be immutable values, hence thread-safe.
 */
public interface SetReference extends Expression {
    /** The inline set to create before the rule, or null if the expression names an existing set. */
    AnonymousSet anonymousSet();

    /** This expression pointing at the set called {@code name} with batch id {@code setId}. */
    Expression bindSet(String name, int setId);

    /**
     * The name of the set this expression refers to ({@code __set3} for a listed rule's inline
     * set), or null when it names none (a direct object reference). Meaningless while
     * {@link #anonymousSet()} is non-null (the set is still to be created). The default, for
     * implementations that only carry inline sets, is null.
     */
    default String set() {
        return null;
    }
}
