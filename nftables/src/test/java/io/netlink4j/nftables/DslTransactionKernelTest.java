package io.netlink4j.nftables;

import static io.netlink4j.nftables.dsl.Rules.accept;
import static io.netlink4j.nftables.dsl.Rules.counter;
import static io.netlink4j.nftables.dsl.Rules.ctState;
import static io.netlink4j.nftables.dsl.Rules.drop;
import static io.netlink4j.nftables.dsl.Rules.iifname;
import static io.netlink4j.nftables.dsl.Rules.ipSaddr;
import static io.netlink4j.nftables.dsl.Rules.jump;
import static io.netlink4j.nftables.dsl.Rules.masquerade;
import static io.netlink4j.nftables.dsl.Rules.oifname;
import static io.netlink4j.nftables.dsl.Rules.rule;
import static io.netlink4j.nftables.dsl.Rules.tcpDport;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.nftables.dsl.CtState;
import io.netlink4j.nftables.expr.Expression;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole path a user takes: rules written with the DSL, committed in one transaction,
 * listed back; the ruleset is what nft makes of the same text.
 */
@KernelTest
class DslTransactionKernelTest {

    @Test
    void theFoundingScenarioWrittenWithTheDslIsWhatNftMakesOfItsText(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, """
                add table inet filter
                add chain inet filter forward { type filter hook forward priority 0 ; policy drop ; }
                add rule inet filter forward iifname "veth01" oifname "eth0" accept
                add rule inet filter forward iifname "eth0" oifname "veth01" ct state established,related accept
                add table ip nat
                add chain ip nat postrouting { type nat hook postrouting priority 100 ; }
                add rule ip nat postrouting ip saddr 192.168.8.0/24 oifname "eth0" masquerade
                """);
        CommitResult result;
        try (NftClient nft = NftClient.open(ours)) {
            result = nft.transaction()
                    .addTable(Family.INET, "filter")
                    .addChain(Family.INET, "filter", "forward", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP)
                    .addRule(Rule.of(Family.INET, "filter", "forward",
                            rule(Family.INET, iifname("veth01"), oifname("eth0"), accept())))
                    .addRule(Rule.of(Family.INET, "filter", "forward",
                            rule(Family.INET, iifname("eth0"), oifname("veth01"), ctState(CtState.ESTABLISHED, CtState.RELATED), accept())))
                    .addTable(Family.IP, "nat")
                    .addChain(Family.IP, "nat", "postrouting", ChainType.NAT, Hook.POSTROUTING, Priority.SRCNAT, null)
                    .addRule(Rule.of(Family.IP, "nat", "postrouting", rule(ipSaddr("192.168.8.0/24"), oifname("eth0"), masquerade())))
                    .commit();
            // what the kernel lists is what was sent
            List<Rule> listed = nft.listRules();
            assertThat(listed).extracting(Rule::expressions)
                    .containsExactlyElementsOf(result.rules().stream().map(Rule::expressions).toList());
            assertThat(listed).extracting(Rule::handle).containsExactlyElementsOf(result.handles());
        }
        assertThat(NftJson.ruleset(ours)).isEqualTo(NftJson.ruleset(theirs));
    }

    @Test
    void inlineSetsOfTheDslAreCreatedInTheSameBatchAsTheirRule(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, """
                add table ip t
                add chain ip t ssh
                add chain ip t in { type filter hook input priority 0 ; }
                add rule ip t in tcp dport { 22, 2222 } jump ssh
                add rule ip t in ip saddr { 10.0.0.0/8, 192.168.8.0/24, 203.0.113.7 } counter accept
                add rule ip t in iifname { "veth01", "veth02" } drop
                """);
        try (NftClient nft = NftClient.open(ours)) {
            CommitResult r = nft.transaction()
                    .addTable(Family.IP, "t")
                    .addChain(Family.IP, "t", "ssh")
                    .addChain(Family.IP, "t", "in", BaseChain.of(ChainType.FILTER, Hook.INPUT, 0))
                    .addRule(Rule.of(Family.IP, "t", "in", rule(tcpDport(22, 2222), jump("ssh"))))
                    .addRule(Rule.of(Family.IP, "t", "in", rule(ipSaddr("10.0.0.0/8", "192.168.8.0/24", "203.0.113.7"), counter(), accept())))
                    .addRule(Rule.of(Family.IP, "t", "in", rule(iifname("veth01", "veth02"), drop())))
                    .commit();
            assertThat(r.handles()).hasSize(3);
            assertThat(nft.listSets(Family.IP, "t")).hasSize(3).allMatch(NftSet::isAnonymous);
            // the listed rules name the sets the kernel made: __set0, __set1...
            assertThat(nft.listRules(Family.IP, "t", "in").get(0).expressions()).extracting(Expression::kind).contains("lookup");
        }
        assertThat(NftJson.ruleset(ours)).isEqualTo(NftJson.ruleset(theirs));
    }
}
