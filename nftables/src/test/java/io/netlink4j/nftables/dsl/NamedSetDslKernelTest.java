package io.netlink4j.nftables.dsl;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.NftSet;
import io.netlink4j.nftables.Verdict;
import io.netlink4j.nftables.Rule;
import io.netlink4j.nftables.Transaction;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Lookup;
import io.netlink4j.nftables.expr.RawExpression;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static io.netlink4j.nftables.dsl.DslKernelTest.nft;
import static io.netlink4j.nftables.dsl.DslKernelTest.ruleset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A DSL rule that looks up a named set or verdict map, added by netlink4j in the same batch as
 * the sets ({@code Transaction.addSet} with elements), is the rule nft makes from the same text
 * where nft made the sets: {@code nft -j list ruleset} prints exactly the same for both
 * namespaces, and the rule nft made lists back as the DSL's expressions.
 */
@KernelTest
class NamedSetDslKernelTest {
    static Stream<NamedSetCases.Case> cases() {
        return NamedSetCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nftListsTheDslRuleAndItsSetsExactlyAsWhatNftMadeFromTheText(NamedSetCases.Case c, Sandbox sandbox) {
        NetNamespace theirs = sandbox.namespace();
        NetNamespace ours = sandbox.namespace();
        StringBuilder script = new StringBuilder(NamedSetCases.tableAndChains(c.family()));
        for (NamedSetCases.SetDef s : NamedSetCases.sets(c.family())) {
            script.append(s.nft()).append('\n');
        }
        script.append("add rule ").append(c.family().nftName()).append(" filter ").append(c.chain()).append(' ')
                .append(c.nft()).append('\n');
        nft(theirs, script.toString());
        nft(ours, NamedSetCases.tableAndChains(c.family()));

        List<Expression> dsl = c.expressions();
        try (NftClient client = NftClient.open(ours)) {
            Transaction tx = client.transaction();
            for (NamedSetCases.SetDef s : NamedSetCases.sets(c.family())) {
                tx.addSet(s.set(), s.elements());
            }
            tx.addRule(Rule.of(c.family(), "filter", c.chain(), dsl)).commit();
        }

        assertThat(ruleset(ours)).as("nft -j list ruleset of %s", c).isEqualTo(ruleset(theirs));

        List<Expression> nftMade = listed(theirs, c);
        assertThat(nftMade).as("listing %s", c).isEqualTo(dsl);
        assertThat(listed(ours, c)).isEqualTo(nftMade);
        assertThat(nftMade).noneMatch(e -> e instanceof RawExpression);
        assertThat(nftMade).filteredOn(e -> e instanceof Lookup).isNotEmpty();
    }

    private static List<Expression> listed(NetNamespace ns, NamedSetCases.Case c) {
        try (NftClient client = NftClient.open(ns)) {
            List<Rule> rules = client.listRules(c.family(), "filter", c.chain());
            assertThat(rules).hasSize(1);
            return rules.get(0).expressions();
        }
    }
    @Test
    void anInlineVerdictMapIsAnAnonymousMapNamedAsNftNamesIt(Sandbox sandbox) {
        NetNamespace theirs = sandbox.namespace();
        NetNamespace ours = sandbox.namespace();
        nft(theirs, NamedSetCases.tableAndChains(Family.INET)
                + "add rule inet filter forward tcp dport vmap { 22 : accept, 80 : drop }\n");
        nft(ours, NamedSetCases.tableAndChains(Family.INET));
        try (NftClient client = NftClient.open(ours)) {
            client.transaction().addRule(Rule.of(Family.INET, "filter", "forward", Rules.rule(Family.INET,
                    Rules.tcpDportVmap(Map.of(80, Verdict.drop(), 22, Verdict.accept()))))).commit();
        }
        List<NftSet> mine = sets(ours);
        assertThat(mine).singleElement().satisfies(set -> {
            assertThat(set.name()).isEqualTo("__map0");
            assertThat(set.flags() & NfTables.NFT_SET_MAP).isNotZero();
            assertThat(set.dataType()).isEqualTo(NfTables.NFT_DATA_VERDICT);
        });
        assertThat(mine).extracting(NftSet::name, NftSet::flags, NftSet::keyType, NftSet::dataType)
                .isEqualTo(sets(theirs).stream().map(t -> tuple(t.name(), t.flags(), t.keyType(), t.dataType())).toList());
    }

    private static List<NftSet> sets(NetNamespace ns) {
        try (NftClient client = NftClient.open(ns)) {
            return client.listSets(Family.INET, "filter");
        }
    }
}
