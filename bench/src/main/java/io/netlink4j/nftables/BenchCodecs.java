package io.netlink4j.nftables;

import io.netlink4j.core.socket.MessageEncoder;

/**
 * Bench-only access to the nftables module's package-private message encoders: the codec
 * benchmarks measure the very encoder a commit uses, without a socket. Lives in the bench
 * module (same package name); the library exposes nothing new. Stateless, thread-safe.
 */
public final class BenchCodecs {
    private BenchCodecs() {}

    /** The NFT_MSG_NEWRULE body a transaction's {@code addRule(rule)} writes (appended, no position). */
    public static MessageEncoder newRule(Rule rule) {
        return new Command.NewRule(rule, Command.Placement.APPEND, 0, rule.text());
    }
}
