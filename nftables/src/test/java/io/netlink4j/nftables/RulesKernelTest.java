package io.netlink4j.nftables;

import static io.netlink4j.nftables.NftVectorsTest.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.RawExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@KernelTest
class RulesKernelTest {
    private static final Pattern HANDLE = Pattern.compile("# handle (\\d+)");

    static Rule counter(String comment) {
        return Rule.of(Family.INET, "t", "c", Raw.counter()).withComment(comment);
    }

    /** The comments of the rules of inet t c, in the order nft lists them. */
    static List<String> comments(NetNamespace ns) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : NftJson.all(NftJson.ruleset(ns), "rule")) {
            out.add(r.path("comment").asText());
        }
        return out;
    }

    /** The rule handles {@code nft -a list chain} prints, in order. */
    static List<Long> handlesNftPrints(NetNamespace ns, String family, String table, String chain) {
        String text = Shell.nft(NftJson.name(ns), "-a", "list", "chain", family, table, chain).ok().stdout();
        List<Long> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = HANDLE.matcher(line);
            if (m.find() && !line.contains("chain ")) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    @Test
    void theHandlesOfAddedRulesAreReturnedAndEqualWhatNftPrints(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            CommitResult r = nft.transaction()
                    .addTable(Family.INET, "t").addChain(Family.INET, "t", "c")
                    .addRule(counter("one")).addRule(counter("two")).addRule(counter("three"))
                    .commit();
            assertThat(r.handles()).hasSize(3);
            assertThat(handlesNftPrints(ns, "inet", "t", "c")).isEqualTo(r.handles());
            assertThat(r.rules()).extracting(Rule::comment).containsExactly("one", "two", "three");

            long single = nft.transaction().addRule(counter("four")).commit().handle();
            assertThat(handlesNftPrints(ns, "inet", "t", "c")).last().isEqualTo(single);
            assertThat(nft.getRule(Family.INET, "t", "c", single).comment()).isEqualTo("four");
        }
    }

    @Test
    void insertPutsRulesFirstOrBeforeAHandleAndAddAfterAHandle(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            List<Long> h = nft.transaction()
                    .addTable(Family.INET, "t").addChain(Family.INET, "t", "c")
                    .addRule(counter("a")).addRule(counter("c"))
                    .commit().handles();
            nft.transaction()
                    .insertRule(counter("first"))
                    .addRuleAfter(h.get(0), counter("b"))
                    .insertRuleBefore(h.get(1), counter("b2"))
                    .addRule(counter("a2").withPosition(h.get(0)))
                    .addRule(counter("last"))
                    .commit();
            assertThat(comments(ns)).containsExactly("first", "a", "a2", "b", "b2", "c", "last");
            assertThat(nft.listRules(Family.INET, "t", "c")).extracting(Rule::comment)
                    .containsExactly("first", "a", "a2", "b", "b2", "c", "last");
        }
    }

    @Test
    void replaceRuleSwapsTheRuleInPlace(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            List<Long> h = nft.transaction()
                    .addTable(Family.INET, "t").addChain(Family.INET, "t", "c")
                    .addRule(counter("a")).addRule(counter("b")).addRule(counter("c"))
                    .commit().handles();
            CommitResult r = nft.transaction()
                    .replaceRule(h.get(1), Rule.of(Family.INET, "t", "c", Raw.accept()).withComment("B"))
                    .commit();
            assertThat(comments(ns)).containsExactly("a", "B", "c");
            assertThat(handlesNftPrints(ns, "inet", "t", "c")).containsExactly(h.get(0), r.handle(), h.get(2));
            assertThat(NftJson.all(NftJson.ruleset(ns), "rule").get(1).get("expr").get(0).has("accept")).isTrue();
        }
    }

    @Test
    void deleteByHandleRemovesExactlyThatRule(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            List<Long> h = nft.transaction()
                    .addTable(Family.INET, "t").addChain(Family.INET, "t", "c")
                    .addRule(counter("a")).addRule(counter("b")).addRule(counter("c"))
                    .commit().handles();
            JsonNode before = NftJson.ruleset(ns);
            nft.transaction().deleteRule(Family.INET, "t", "c", h.get(1)).commit();
            JsonNode after = NftJson.ruleset(ns);

            List<JsonNode> expected = new ArrayList<>();
            before.forEach(expected::add);
            expected.removeIf(n -> n.has("rule") && n.get("rule").get("handle").asLong() == h.get(1));
            assertThat(after).containsExactlyElementsOf(expected);

            Rule a = nft.listRules(Family.INET, "t", "c").get(0);
            nft.transaction().deleteRule(a).commit();
            assertThat(comments(ns)).containsExactly("c");
            assertThatThrownBy(() -> nft.transaction().deleteRule(Family.INET, "t", "c", h.get(1)).commit())
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.getCause()).isInstanceOf(NoSuchObjectException.class);
                        assertThat(e.attribute()).isEqualTo("NFTA_RULE_HANDLE " + h.get(1));
                    });
            assertThatThrownBy(() -> nft.getRule(Family.INET, "t", "c", h.get(1))).isInstanceOf(NoSuchObjectException.class);
        }
    }

    @Test
    void commentsAreStoredAsNftStoresThem(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, """
                add table inet t
                add chain inet t c
                add rule inet t c counter comment "allow the lab: été ☃"
                add rule inet t c accept
                """);
        try (NftClient nft = NftClient.open(ours)) {
            nft.transaction().addTable(Family.INET, "t").addChain(Family.INET, "t", "c")
                    .addRule(counter("allow the lab: été ☃"))
                    .addRule(Rule.of(Family.INET, "t", "c", Raw.accept()))
                    .commit();
        }
        assertThat(NftJson.ruleset(ours)).isEqualTo(NftJson.ruleset(theirs));
        try (NftClient nft = NftClient.open(theirs)) {
            List<Rule> rules = nft.listRules(Family.INET, "t", "c");
            assertThat(rules).extracting(Rule::comment).containsExactly("allow the lab: été ☃", null);
            assertThat(rules.get(0).toString()).endsWith("comment \"allow the lab: été ☃\" # handle 2");
        }
    }

    @Test
    void rulesCreatedByNftListBackAsExpressionsAndCopyByteForByte(Sandbox sandbox) {
        NetNamespace theirs = sandbox.namespace();
        NetNamespace ours = sandbox.namespace();
        String script = """
                add table inet filter
                add chain inet filter forward { type filter hook forward priority 0 ; policy drop ; }
                add rule inet filter forward iifname "veth01" oifname "eth0" accept
                add rule inet filter forward iifname "eth0" oifname "veth01" ct state established,related accept
                add rule inet filter forward tcp dport 22 counter log prefix "ssh " limit rate 3/second accept
                add rule inet filter forward ip6 saddr fd00::/8 meta mark set 0x2a counter drop
                add rule inet filter forward counter accept comment "the rest"
                """;
        NftJson.script(theirs, script);
        List<Rule> listed;
        try (NftClient nft = NftClient.open(theirs)) {
            listed = nft.listRules(Family.INET, "filter", "forward");
            assertThat(nft.listRules()).isEqualTo(listed);
            assertThat(nft.listRules(Family.INET)).isEqualTo(listed);
            assertThat(nft.listRules(Family.IP)).isEmpty();
            assertThat(nft.listRules(Family.INET, "filter")).isEqualTo(listed);
        }
        assertThat(listed).hasSize(5);
        assertThat(listed.get(0).expressions()).extracting(Expression::kind)
                .containsExactly("meta", "cmp", "meta", "cmp", "immediate");
        assertThat(listed.get(2).expressions()).extracting(Expression::kind).contains("payload", "counter", "log", "limit");
        assertThat(listed.get(4).comment()).isEqualTo("the rest");
        List<JsonNode> nftRules = NftJson.all(NftJson.ruleset(theirs), "rule");
        for (int i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i).handle()).isEqualTo(nftRules.get(i).get("handle").asLong());
        }

        // copy them into another namespace as they were listed
        try (NftClient nft = NftClient.open(ours)) {
            Transaction tx = nft.transaction()
                    .addTable(Family.INET, "filter")
                    .addChain(Family.INET, "filter", "forward", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP);
            for (Rule r : listed) {
                tx.addRule(r.copyTo(Family.INET, "filter", "forward"));
            }
            tx.commit();
            List<Rule> copied = nft.listRules(Family.INET, "filter", "forward");
            assertThat(copied).extracting(Rule::expressions).containsExactlyElementsOf(
                    listed.stream().map(Rule::expressions).toList());
        }
        assertThat(NftJson.ruleset(ours)).isEqualTo(NftJson.ruleset(theirs));
    }

    @Test
    void aRuleWithAnInlineSetCreatesItsAnonymousSetInTheSameBatch(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, """
                add table ip t
                add chain ip t c
                add rule ip t c ip saddr { 10.0.0.0/8, 1.1.1.1 } accept
                add rule ip t c tcp dport { 22, 80 } accept
                """);
        AnonymousSet addresses = new AnonymousSet(DataType.IPV4_ADDR.id(), 4, NfTables.NFT_SET_INTERVAL, 0, 0,
                Elements.intervals("10.0.0.0/8", "1.1.1.1"));
        AnonymousSet ports = new AnonymousSet(DataType.INET_SERVICE.id(), 2, 0, 0, 0, Elements.ports(22, 80));
        try (NftClient nft = NftClient.open(ours)) {
            CommitResult r = nft.transaction()
                    .addTable(Family.IP, "t").addChain(Family.IP, "t", "c")
                    .addRule(Rule.of(Family.IP, "t", "c", Raw.ipSaddr(), new Raw.InlineLookup(addresses), Raw.accept()))
                    .addRule(Rule.of(Family.IP, "t", "c", concat(tcpDport(), new Expression[] {new Raw.InlineLookup(ports), Raw.accept()})))
                    .commit();
            assertThat(r.handles()).hasSize(2);
            List<NftSet> sets = nft.listSets(Family.IP, "t");
            assertThat(sets).allMatch(NftSet::isAnonymous).hasSize(2);
            assertThat(nft.listElements(Family.IP, "t", sets.get(1).name())).containsExactlyElementsOf(Elements.ports(22, 80));
        }
        assertThat(NftJson.ruleset(ours)).isEqualTo(NftJson.ruleset(theirs));
    }

    /** {@code tcp dport} as nft encodes it: meta l4proto == 6, payload transport header + 2, 2 bytes. */
    static Expression[] tcpDport() {
        return new Expression[] {Raw.expr("meta", w -> w.putU32Be(NfTables.NFTA_META_KEY, NfTables.NFT_META_L4PROTO)
                .putU32Be(NfTables.NFTA_META_DREG, NfTables.NFT_REG_1)),
            Raw.cmpEq(new byte[] {6}),
            Raw.payload(NfTables.NFT_PAYLOAD_TRANSPORT_HEADER, 2, 2)};
    }

    @Test
    void badRulesAreRefusedBeforeSending(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            Transaction tx = nft.transaction();
            assertThatThrownBy(() -> Rule.of(Family.INET, "t", "", Raw.accept())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> counter("x".repeat(254))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("254 bytes");
            assertThatThrownBy(() -> tx.deleteRule(Family.INET, "t", "c", 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tx.replaceRule(-1, counter("a"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tx.deleteRule(counter("never listed"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no handle");
            assertThatThrownBy(() -> Verdict.jump("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
            assertThat(tx.size()).isZero();
            // the longest comment fits
            tx.addTable(Family.INET, "t").addChain(Family.INET, "t", "c").addRule(counter("x".repeat(253))).commit();
            assertThat(nft.listRules(Family.INET, "t", "c").get(0).comment()).hasSize(253);
        }
    }

    @Test
    void hexEncodedExpressionsRoundTripThroughTheKernel(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            nft.transaction().addTable(Family.IP, "nat")
                    .addChain(Family.IP, "nat", "post", BaseChain.of(ChainType.NAT, Hook.POSTROUTING, 100))
                    .addRule(TransactionKernelTest.masquerade().copyTo(Family.IP, "nat", "post"))
                    .commit();
            Rule listed = nft.listRules(Family.IP, "nat", "post").get(0);
            assertThat(listed.expressions()).extracting(Expression::kind).containsExactly("payload", "cmp", "meta", "cmp", "masq");
            // the kernel's listing decodes into expressions that encode to the very bytes nft writes
            assertThat(listed.expressions()).extracting(e -> Wire.hex(Raw.expr(e.kind(), e::encode).data()))
                    .containsExactlyElementsOf(TransactionKernelTest.masquerade().expressions().stream()
                            .map(e -> Wire.hex(((RawExpression) e).data())).toList());
            assertThat(listed.expressions().get(4)).isNotInstanceOf(RawExpression.class); // decoded, not raw
        }
        assertThat(NftJson.text(ns)).contains("ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade");
    }
}
