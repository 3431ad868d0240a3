package io.netlink4j.nftables;

import io.netlink4j.nftables.expr.Expression;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An nf_tables rule: where it lives, its handle, and its expressions (what {@code nft} prints
 * as {@code iifname "veth01" oifname "eth0" accept}). Immutable, hence thread-safe.
 *
 * <p>A rule to add is made with {@link #of}; a rule listed by the kernel carries its handle
 * and, as the kernel reports it, its position (the handle of the rule before it).
 *
 * @param family      the table's family
 * @param table       the table's name
 * @param chain       the chain's name
 * @param handle      the kernel's handle (0 for a rule not added yet)
 * @param position    when adding: the handle to add after ({@code add}) or insert before
 *                    ({@code insert}), 0 for the chain's end or start; when listed: what the
 *                    kernel reports (NFTA_RULE_POSITION), else 0
 * @param expressions the expressions, in order
 * @param comment     the comment ({@code comment "..."}), or null
 */
public record Rule(Family family, String table, String chain, long handle, long position,
                   List<Expression> expressions, String comment) {
    public Rule {
        if (family == null) {
            throw new IllegalArgumentException("rule family is null");
        }
        Names.check("table", table);
        Names.check("chain", chain);
        Objects.requireNonNull(expressions, "expressions");
        for (Expression e : expressions) {
            if (e == null) {
                throw new IllegalArgumentException("rule in " + family + " " + table + " " + chain + " has a null expression");
            }
        }
        expressions = List.copyOf(expressions);
        UserData.checkComment(comment);
    }

    /** A new rule for {@code chain} of {@code table}. */
    public static Rule of(Family family, String table, String chain, Expression... expressions) {
        return new Rule(family, table, chain, 0, 0, List.of(expressions), null);
    }

    /** A new rule for {@code chain} of {@code table}. */
    public static Rule of(Family family, String table, String chain, List<? extends Expression> expressions) {
        return new Rule(family, table, chain, 0, 0, List.copyOf(expressions), null);
    }

    /** The same rule with comment {@code c} (at most 253 bytes). */
    public Rule withComment(String c) {
        return new Rule(family, table, chain, handle, position, expressions, c);
    }

    /** The same rule positioned relative to the rule with handle {@code h}. */
    public Rule withPosition(long h) {
        return new Rule(family, table, chain, handle, h, expressions, comment);
    }

    /** The same rule with other expressions. */
    public Rule withExpressions(List<? extends Expression> exprs) {
        return new Rule(family, table, chain, handle, position, List.copyOf(exprs), comment);
    }

    /** A copy of this rule's expressions and comment for another chain, without handle or position. */
    public Rule copyTo(Family f, String t, String c) {
        return new Rule(f, t, c, 0, 0, expressions, comment);
    }

    /** The rule's body as nft writes it: its expressions and comment. */
    public String text() {
        String body = expressions.stream().map(Object::toString).collect(Collectors.joining(" "));
        return comment == null ? body : body + " comment \"" + comment + "\"";
    }

    /** {@code inet filter forward: iifname "veth01" ... accept # handle 2}, close to {@code nft -a list}. */
    @Override
    public String toString() {
        return family + " " + table + " " + chain + ": " + text() + (handle != 0 ? " # handle " + handle : "");
    }
}
