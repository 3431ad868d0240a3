package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.expr.Expression;
import java.util.List;
import java.util.Objects;

/**
 * One statement of a rule as nft writes it: a match ({@code iifname "veth01"},
 * {@code tcp dport { 22, 80 }}) or an action ({@code counter}, {@code masquerade},
 * {@code accept}). Made by the factories of {@link Rules}; {@link Rules#rule} turns a list of
 * statements into the expressions nft would send. {@link #toString()} is the nft text.
 * Immutable, hence thread-safe.
 */
public final class Statement {
    /** Writes the statement's expressions into a rule under construction. */
    @FunctionalInterface
    interface Emitter {
        void emit(RuleBuilder rule);
    }

    /** The nft text of a statement, which for a few (nat in inet tables) depends on the family. */
    @FunctionalInterface
    interface Text {
        String in(Family family);
    }

    private final Text text;
    private final Emitter emitter;
    private final Statement negation;

    Statement(Text text, Emitter emitter, Statement negation) {
        this.text = text;
        this.emitter = emitter;
        this.negation = negation;
    }

    /** A statement whose text does not depend on the family. */
    static Statement of(String text, Emitter emitter) {
        return new Statement(f -> text, emitter, null);
    }

    /** A match that {@link Rules#not} can invert into {@code negatedText}. */
    static Statement negatable(String text, Emitter emitter, String negatedText, Emitter negatedEmitter) {
        return new Statement(f -> text, emitter, new Statement(f -> negatedText, negatedEmitter, null));
    }

    /**
     * Expressions given as they are, for what the factories do not cover yet. {@code text} is
     * only used for {@link #toString()}; no protocol dependency is added.
     */
    public static Statement of(String text, List<? extends Expression> expressions) {
        List<Expression> copy = List.copyOf(expressions);
        return of(Objects.requireNonNull(text, "text"), b -> b.add(copy));
    }

    void emit(RuleBuilder rule) {
        emitter.emit(rule);
    }

    /** The inverted match, or null when this statement cannot be inverted. */
    Statement negation() {
        return negation;
    }

    /** The nft text of this statement in a table of {@code family} (null: as in an ip table). */
    public String text(Family family) {
        return text.in(family);
    }

    /** The nft text, as in an ip table. */
    @Override
    public String toString() {
        return text.in(null);
    }
}
