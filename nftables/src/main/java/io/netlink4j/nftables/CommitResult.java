package io.netlink4j.nftables;

import java.util.ArrayList;
import java.util.List;

/**
 * What a committed transaction reports. Immutable, hence thread-safe.
 *
 * @param generation the ruleset generation this commit produced (the kernel's NFT_MSG_NEWGEN
 *                   echo), usable for {@link Transaction#expectGeneration} of the next
 *                   transaction; -1 if the kernel did not report it or the transaction was empty
 * @param rules      the rules the transaction added, inserted or replaced, as the kernel stored
 *                   them (with their handles), in the order of the commands
 */
public record CommitResult(long generation, List<Rule> rules) {
    public CommitResult {
        rules = List.copyOf(rules);
    }

    /** The handles of {@link #rules()}, in order. */
    public List<Long> handles() {
        List<Long> out = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            out.add(r.handle());
        }
        return out;
    }

    /** The handle of the one rule the transaction added; IllegalStateException if it added not exactly one. */
    public long handle() {
        if (rules.size() != 1) {
            throw new IllegalStateException("the transaction added " + rules.size() + " rules, not one: use handles()");
        }
        return rules.get(0).handle();
    }
}
