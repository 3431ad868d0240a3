package io.netlink4j.nftables;

/**
 * What makes a chain a base chain: its type, the hook it is attached to, its priority, its
 * policy and (for ingress/egress hooks) its device. Immutable, hence thread-safe.
 *
 * <pre>{@code
 * BaseChain.of(ChainType.FILTER, Hook.FORWARD, Priority.FILTER.value(Family.INET)).withPolicy(Policy.DROP)
 * }</pre>
 *
 * @param type     filter, nat or route
 * @param hook     the hook
 * @param priority the priority number (see {@link Priority} for nft's named ones; lower runs first)
 * @param policy   the policy, or null to leave the kernel's default (accept) and not send one
 * @param device   the device of an ingress/egress chain, else null
 */
public record BaseChain(ChainType type, Hook hook, int priority, Policy policy, String device) {
    public BaseChain {
        if (type == null || hook == null) {
            throw new IllegalArgumentException("a base chain needs a type and a hook");
        }
        if (device != null) {
            Names.checkDevice(device);
        }
    }

    /** A base chain with the kernel's default policy (accept) and no device. */
    public static BaseChain of(ChainType type, Hook hook, int priority) {
        return new BaseChain(type, hook, priority, null, null);
    }

    /** The same chain with policy {@code p}. */
    public BaseChain withPolicy(Policy p) {
        return new BaseChain(type, hook, priority, p, device);
    }

    /** The same chain attached to device {@code dev} (ingress/egress hooks). */
    public BaseChain withDevice(String dev) {
        return new BaseChain(type, hook, priority, policy, dev);
    }

    /** As nft writes it inside a chain's braces, for {@code family}. */
    public String describe(Family family) {
        Priority named = Priority.named(family, priority);
        return "type " + type + " hook " + hook + (device != null ? " device \"" + device + "\"" : "")
                + " priority " + (named != null ? named.nftName() : Integer.toString(priority)) + ";"
                + (policy != null ? " policy " + policy + ";" : "");
    }

    @Override
    public String toString() {
        return "type " + type + " hook " + hook + (device != null ? " device \"" + device + "\"" : "")
                + " priority " + priority + ";" + (policy != null ? " policy " + policy + ";" : "");
    }
}
