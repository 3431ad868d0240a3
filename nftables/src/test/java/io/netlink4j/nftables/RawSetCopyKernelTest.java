package io.netlink4j.nftables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import io.netlink4j.nftables.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Copying listed rules with inline sets through a Transaction: the copies read exactly like the originals in nft. */
@KernelTest
class RawSetCopyKernelTest {
    static final String SCRIPT = """
            add table inet t
            add counter inet t c1
            add counter inet t c2
            add chain inet t from_chain
            add chain inet t to_chain
            add set inet t named { type inet_service ; }
            add rule inet t from_chain tcp dport { 22, 80 } accept
            add rule inet t from_chain ip saddr . tcp dport { 10.0.0.1 . 22, 10.0.0.2 . 443 } accept
            add rule inet t from_chain tcp dport vmap { 22 : accept, 80 : drop }
            add rule inet t from_chain ip daddr { 10.0.0.0/8, 192.168.8.1 comment "the peer" } counter
            add rule inet t from_chain counter name tcp dport map { 22 : "c1", 80 : "c2" }
            add rule inet t from_chain tcp dport @named ip saddr { 10.1.1.1, 10.1.1.2 } drop comment "named and inline"
            """;

    /** {@code nft -a -s -p list chain}, rule lines only, handles removed. */
    static List<String> ruleLines(NetNamespace ns, String chain) {
        String text = Shell.nft(NftJson.name(ns), "-a", "-s", "-p", "list", "chain", "inet", "t", chain).stdout();
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("table ") || l.startsWith("chain ") || l.equals("}")) {
                continue;
            }
            out.add(l.replaceAll("\\s*# handle \\d+$", ""));
        }
        return out;
    }

    static List<String> setNames(List<Rule> rules) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            for (Expression e : r.expressions()) {
                if (e instanceof SetReference ref && ref.set() != null) {
                    out.add(ref.set());
                }
            }
        }
        return out;
    }

    static List<RawSet> anonymousSets(NftClient nft, List<Rule> rules) {
        List<RawSet> out = new ArrayList<>();
        for (NftSet s : nft.listSets(Family.INET, "t")) {
            if (s.isAnonymous() && setNames(rules).contains(s.name())) {
                out.add(nft.getRawSet(Family.INET, "t", s.name()));
            }
        }
        return out;
    }

    @Test
    void listedRulesWithInlineSetsAreCopiedInOneTransactionAndListExactlyAsTheOriginals(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            List<Rule> rules = nft.listRules(Family.INET, "t", "from_chain");
            List<RawSet> sets = anonymousSets(nft, rules);
            assertThat(sets).hasSize(6).allMatch(RawSet::isAnonymous);

            Transaction tx = nft.transaction();
            for (Rule r : rules) {
                tx.addRule(r.copyTo(Family.INET, "t", "to_chain"), sets);
            }
            CommitResult result = tx.commit();

            assertThat(result.rules()).hasSize(rules.size()).allMatch(r -> r.handle() > 0);
            List<String> original = ruleLines(ns, "from_chain");
            assertThat(original).hasSize(6);
            assertThat(ruleLines(ns, "to_chain")).isEqualTo(original);
            // each copy has sets of its own; the named set is shared by name
            List<String> copied = setNames(nft.listRules(Family.INET, "t", "to_chain"));
            assertThat(copied).contains("named").hasSize(setNames(rules).size());
            List<String> anonymousCopies = copied.stream().filter(n -> n.startsWith("__")).toList();
            assertThat(anonymousCopies).doesNotHaveDuplicates().doesNotContainAnyElementsOf(setNames(rules));
            assertThat(nft.listSets(Family.INET, "t").stream().filter(NftSet::isAnonymous)).hasSize(12);
        }
    }

    /** The types of a run of netlink attributes (host-order headers, as on x86 and every Linux this runs on). */
    static List<Integer> attributeTypes(byte[] attrs) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(attrs).order(java.nio.ByteOrder.nativeOrder());
        List<Integer> out = new ArrayList<>();
        while (b.remaining() >= 4) {
            int at = b.position();
            int len = b.getShort(at) & 0xffff;
            out.add(b.getShort(at + 2) & 0x3fff);
            b.position(at + ((len + 3) & ~3));
        }
        return out;
    }

    static List<String> elementsHex(RawSet set) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < set.elementCount(); i++) {
            out.add(java.util.HexFormat.of().formatHex(set.element(i)));
        }
        return out;
    }

    @Test
    void aCopiedSetKeepsItsElementsAttributesAndFlags(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            List<Rule> rules = nft.listRules(Family.INET, "t", "from_chain");
            RawSet concat = anonymousSets(nft, List.of(rules.get(1))).get(0);
            // the concatenation's field lengths live in NFTA_SET_DESC, nft's byte orders in NFTA_SET_USERDATA
            assertThat(attributeTypes(concat.attributes())).contains(NfTables.NFTA_SET_DESC, NfTables.NFTA_SET_USERDATA,
                    NfTables.NFTA_SET_FLAGS, NfTables.NFTA_SET_KEY_LEN).doesNotContain(NfTables.NFTA_SET_NAME,
                    NfTables.NFTA_SET_TABLE, NfTables.NFTA_SET_HANDLE, NfTables.NFTA_SET_ID);
            assertThat(concat.elementCount()).isEqualTo(2);
            assertThat(concat.template()).isEqualTo("__set%d");

            nft.transaction().addRule(rules.get(1).copyTo(Family.INET, "t", "to_chain"), List.of(concat)).commit();

            Rule copy = nft.listRules(Family.INET, "t", "to_chain").get(0);
            RawSet again = nft.getRawSet(Family.INET, "t", setNames(List.of(copy)).get(0));
            assertThat(again.attributes()).isEqualTo(concat.attributes());
            // a hash set lists its elements in no particular order
            assertThat(elementsHex(again)).containsExactlyInAnyOrderElementsOf(elementsHex(concat));
        }
    }

    @Test
    void aNamedSetIsRefusedAsARuleCopyBeforeAnythingIsSent(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            RawSet named = nft.getRawSet(Family.INET, "t", "named");
            Rule rule = nft.listRules(Family.INET, "t", "from_chain").get(5).copyTo(Family.INET, "t", "to_chain");
            assertThat(named.isAnonymous()).isFalse();
            assertThatThrownBy(() -> nft.transaction().addRule(rule, List.of(named)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("named").hasMessageContaining("not anonymous");
            assertThat(nft.listRules(Family.INET, "t", "to_chain")).isEmpty();
        }
    }
}
