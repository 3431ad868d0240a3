package io.netlink4j.nftables.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.Rule;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.RawExpression;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each DSL rule, added by netlink4j, is the rule nft makes from the same text: {@code nft -j
 * list ruleset} prints exactly the same in a namespace where nft added the text and in one
 * where netlink4j added the DSL's expressions (inline sets included); and netlink4j lists
 * both back as equal typed expressions, of the kinds the DSL wrote.
 */
@KernelTest
class DslKernelTest {
    static Stream<DslCases.Case> cases() {
        return DslCases.all().stream();
    }

    @Test
    void thereAreAtLeast25RulesAndTheFoundingScenarioComesFirst() {
        List<DslCases.Case> all = DslCases.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        assertThat(all.subList(0, 3)).extracting(DslCases.Case::nft).containsExactly(
                "ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade",
                "iifname \"veth01\" oifname \"eth0\" accept",
                "iifname \"eth0\" oifname \"veth01\" ct state established,related accept");
    }

    @Test
    void theFoundingScenarioRulesMadeByNftListBackAsExactlyTheDslRules(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        nft(ns, """
                add table ip nat
                add chain ip nat postrouting { type nat hook postrouting priority 100 ; }
                add rule ip nat postrouting ip saddr 192.168.8.0/24 oifname "eth0" masquerade
                add table inet filter
                add chain inet filter forward { type filter hook forward priority 0 ; policy drop ; }
                add rule inet filter forward iifname "veth01" oifname "eth0" accept
                add rule inet filter forward iifname "eth0" oifname "veth01" ct state established,related accept
                add rule inet filter forward counter accept
                """);
        try (NftClient client = NftClient.open(ns)) {
            List<Rule> nat = client.listRules(Family.IP, "nat", "postrouting");
            List<Rule> forward = client.listRules(Family.INET, "filter", "forward");

            assertThat(nat).extracting(Rule::expressions).containsExactly(
                    Rules.rule(Rules.ipSaddr("192.168.8.0/24"), Rules.oifname("eth0"), Rules.masquerade()));
            assertThat(forward).extracting(Rule::expressions).containsExactly(
                    Rules.rule(Family.INET, Rules.iifname("veth01"), Rules.oifname("eth0"), Rules.accept()),
                    Rules.rule(Family.INET, Rules.iifname("eth0"), Rules.oifname("veth01"),
                            Rules.ctState(CtState.ESTABLISHED, CtState.RELATED), Rules.accept()),
                    Rules.rule(Family.INET, Rules.counter(), Rules.accept()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nftListsTheDslRuleExactlyAsTheRuleNftMadeFromTheText(DslCases.Case c, Sandbox sandbox) {
        NetNamespace theirs = sandbox.namespace();
        NetNamespace ours = sandbox.namespace();
        nft(theirs, setup(c) + "add rule " + c.family() + " " + c.table() + " " + c.chain() + " " + c.nft() + "\n");
        nft(ours, setup(c));

        List<Expression> dsl = c.expressions();
        try (NftClient client = NftClient.open(ours)) {
            client.transaction().addRule(Rule.of(c.family(), c.table(), c.chain(), dsl)).commit();
        }

        assertThat(ruleset(ours)).as("nft -j list ruleset of %s", c).isEqualTo(ruleset(theirs));

        List<Expression> nftMade = listed(theirs, c);
        List<Expression> dslMade = listed(ours, c);
        assertThat(dslMade).as("listing %s", c).isEqualTo(nftMade);
        assertThat(nftMade).noneMatch(e -> e instanceof RawExpression);
        assertThat(nftMade).extracting(Expression::kind).containsExactlyElementsOf(dsl.stream().map(Expression::kind).toList());
    }

    private static List<Expression> listed(NetNamespace ns, DslCases.Case c) {
        try (NftClient client = NftClient.open(ns)) {
            List<Rule> rules = client.listRules(c.family(), c.table(), c.chain());
            assertThat(rules).hasSize(1);
            return rules.get(0).expressions();
        }
    }

    /** The tables and chains every case of this family and table needs, as an nft script. */
    static String setup(DslCases.Case c) {
        String f = c.family().nftName();
        String t = c.table();
        String head = "add table " + f + " " + t + "\n";
        return switch (c.family() == Family.BRIDGE ? "bridge" : c.family() == Family.NETDEV ? "netdev" : t) {
            case "filter" -> head
                    + "add chain " + f + " " + t + " forward { type filter hook forward priority 0 ; }\n"
                    + "add chain " + f + " " + t + " input { type filter hook input priority 0 ; }\n"
                    + "add chain " + f + " " + t + " other\n";
            case "nat" -> head
                    + "add chain " + f + " " + t + " post { type nat hook postrouting priority 100 ; }\n"
                    + "add chain " + f + " " + t + " pre { type nat hook prerouting priority -100 ; }\n";
            case "bridge" -> head + "add chain bridge " + t + " forward { type filter hook forward priority 0 ; }\n";
            case "netdev" -> head + "add chain netdev " + t + " ingress { type filter hook ingress device lo priority 0 ; }\n";
            default -> throw new AssertionError("no setup for " + c);
        };
    }

    static void nft(NetNamespace ns, String script) {
        String name = ns.name().orElseThrow();
        Shell.Result r = Shell.exec(script, new String[] {"ip", "netns", "exec", name, "nft", "-f", "-"});
        if (r.exitCode() != 0) {
            throw new AssertionError("nft -f failed: " + r.stderr() + "\nscript:\n" + script);
        }
    }

    /** {@code nft -j list ruleset}, without the metainfo object. */
    static JsonNode ruleset(NetNamespace ns) {
        JsonNode all = Shell.nftJson(ns.name().orElseThrow(), "list", "ruleset").path("nftables");
        com.fasterxml.jackson.databind.node.ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode n : all) {
            if (!n.has("metainfo")) {
                out.add(n);
            }
        }
        return out;
    }
}
