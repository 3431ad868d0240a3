package io.netlink4j.nftables;

import java.util.List;

/**
 * Everything in nf_tables at one generation: what {@code nft list ruleset} shows, read so that
 * nothing changed in between ({@link NftClient#ruleset()}). Bind a transaction to
 * {@link #generation()} to change it only if it is still current. Immutable, hence thread-safe.
 *
 * @param generation the ruleset generation all of this was read at
 * @param tables     every table
 * @param chains     every chain
 * @param sets       every set and map (anonymous ones included: see {@link NftSet#isAnonymous()})
 * @param rules      every rule, in chain order
 */
public record Ruleset(long generation, List<Table> tables, List<Chain> chains, List<NftSet> sets, List<Rule> rules) {
    public Ruleset {
        tables = List.copyOf(tables);
        chains = List.copyOf(chains);
        sets = List.copyOf(sets);
        rules = List.copyOf(rules);
    }

    /** The rules of one chain, in order. */
    public List<Rule> rules(Family family, String table, String chain) {
        return rules.stream()
                .filter(r -> r.family() == family && r.table().equals(table) && r.chain().equals(chain))
                .toList();
    }
}
