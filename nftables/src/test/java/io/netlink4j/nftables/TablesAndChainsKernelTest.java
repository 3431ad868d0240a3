package io.netlink4j.nftables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.error.ResourceBusyException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.util.List;
import org.junit.jupiter.api.Test;

@KernelTest
class TablesAndChainsKernelTest {
    static final String SCRIPT = """
            add table ip t
            add table ip6 t
            add table inet t
            add table arp t
            add table bridge t
            add table netdev t
            add chain ip t pre { type nat hook prerouting priority -100 ; }
            add chain ip t in { type filter hook input priority 0 ; policy drop ; }
            add chain ip t out { type route hook output priority -150 ; }
            add chain ip6 t post { type nat hook postrouting priority 100 ; }
            add chain inet t fw { type filter hook forward priority 50 ; policy accept ; }
            add chain inet t raw { type filter hook prerouting priority -300 ; }
            add chain inet t regular
            add chain inet t ingress { type filter hook ingress device "lo" priority 0 ; }
            add chain arp t in { type filter hook input priority 0 ; }
            add chain arp t out { type filter hook output priority 0 ; }
            add chain bridge t fw { type filter hook forward priority -200 ; }
            add chain netdev t ing { type filter hook ingress device "lo" priority 0 ; }
            """;

    static void sameObjectsWithNetlink4j(NftClient nft) {
        Transaction tx = nft.transaction();
        for (Family f : List.of(Family.IP, Family.IP6, Family.INET, Family.ARP, Family.BRIDGE, Family.NETDEV)) {
            tx.addTable(f, "t");
        }
        tx.addChain(Family.IP, "t", "pre", ChainType.NAT, Hook.PREROUTING, Priority.DSTNAT, null)
                .addChain(Family.IP, "t", "in", ChainType.FILTER, Hook.INPUT, Priority.FILTER, Policy.DROP)
                .addChain(Family.IP, "t", "out", ChainType.ROUTE, Hook.OUTPUT, Priority.MANGLE, null)
                .addChain(Family.IP6, "t", "post", BaseChain.of(ChainType.NAT, Hook.POSTROUTING, 100))
                .addChain(Family.INET, "t", "fw", ChainType.FILTER, Hook.FORWARD, Priority.SECURITY, Policy.ACCEPT)
                .addChain(Family.INET, "t", "raw", ChainType.FILTER, Hook.PREROUTING, Priority.RAW, null)
                .addChain(Family.INET, "t", "regular")
                .addChain(Family.INET, "t", "ingress", BaseChain.of(ChainType.FILTER, Hook.INGRESS, 0).withDevice("lo"))
                .addChain(Family.ARP, "t", "in", BaseChain.of(ChainType.FILTER, Hook.INPUT, 0))
                .addChain(Family.ARP, "t", "out", BaseChain.of(ChainType.FILTER, Hook.OUTPUT, 0))
                .addChain(Family.BRIDGE, "t", "fw", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, null)
                .addChain(Family.NETDEV, "t", "ing", BaseChain.of(ChainType.FILTER, Hook.INGRESS, 0).withDevice("lo"))
                .commit();
    }

    @Test
    void tablesAndChainsOfEveryFamilyAppearInNftJsonExactlyAsWhenNftCreatesThem(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, SCRIPT);
        try (NftClient nft = NftClient.open(ours)) {
            sameObjectsWithNetlink4j(nft);
        }
        JsonNode expected = NftJson.ruleset(theirs);
        assertThat(NftJson.all(expected, "chain")).hasSize(12);
        assertThat(NftJson.ruleset(ours)).isEqualTo(expected);
    }

    @Test
    void tablesAndChainsCreatedByNftListBackThroughNetlink4j(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            List<Table> tables = nft.listTables();
            assertThat(tables).extracting(t -> t.family() + " " + t.name())
                    .containsExactly("ip t", "ip6 t", "inet t", "arp t", "bridge t", "netdev t");
            assertThat(nft.getTable(Family.IP, "t").dormant()).isFalse();
            assertThat(nft.listTables(Family.INET)).extracting(Table::name).containsExactly("t");

            assertThat(nft.getChain(Family.IP, "t", "in").base())
                    .isEqualTo(new BaseChain(ChainType.FILTER, Hook.INPUT, 0, Policy.DROP, null));
            assertThat(nft.getChain(Family.IP, "t", "pre").base())
                    .isEqualTo(new BaseChain(ChainType.NAT, Hook.PREROUTING, -100, Policy.ACCEPT, null));
            assertThat(nft.getChain(Family.IP, "t", "out").base().type()).isEqualTo(ChainType.ROUTE);
            assertThat(nft.getChain(Family.INET, "t", "ingress").base())
                    .isEqualTo(new BaseChain(ChainType.FILTER, Hook.INGRESS, 0, Policy.ACCEPT, "lo"));
            assertThat(nft.getChain(Family.NETDEV, "t", "ing").base())
                    .isEqualTo(new BaseChain(ChainType.FILTER, Hook.INGRESS, 0, Policy.ACCEPT, "lo"));
            assertThat(nft.getChain(Family.ARP, "t", "out").base().hook()).isEqualTo(Hook.OUTPUT);
            assertThat(nft.getChain(Family.BRIDGE, "t", "fw").toString())
                    .isEqualTo("chain bridge t fw { type filter hook forward priority filter; policy accept; } # handle 1");
            Chain regular = nft.getChain(Family.INET, "t", "regular");
            assertThat(regular.isBase()).isFalse();
            assertThat(regular.handle()).isPositive();

            List<Chain> inet = nft.listChains(Family.INET, "t");
            assertThat(inet).extracting(Chain::name).containsExactly("fw", "raw", "regular", "ingress");
            assertThat(nft.listChains()).hasSize(12);
            // handles agree with nft's
            for (JsonNode c : NftJson.all(NftJson.ruleset(ns), "chain")) {
                Chain listed = nft.getChain(Family.of(c.get("family").asText()), c.get("table").asText(), c.get("name").asText());
                assertThat(listed.handle()).isEqualTo(c.get("handle").asLong());
            }
        }
    }

    @Test
    void aDormantTableIsListedAsNftListsItsOwn(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        // nft 1.0.6 cannot print a dormant table as JSON (it cuts the output short): compare the text
        NftJson.script(theirs, "add table ip d { flags dormant ; }\nadd chain ip d in { type filter hook input priority 0 ; }\n");
        try (NftClient nft = NftClient.open(ours)) {
            nft.transaction().addTable(Family.IP, "d", NfTables.NFT_TABLE_F_DORMANT)
                    .addChain(Family.IP, "d", "in", BaseChain.of(ChainType.FILTER, Hook.INPUT, 0)).commit();
            Table d = nft.getTable(Family.IP, "d");
            assertThat(d.dormant()).isTrue();
            assertThat(d.toString()).isEqualTo("table ip d { flags dormant; } # handle 1");
            // and back to active
            nft.transaction().addTable(Family.IP, "d").commit();
            assertThat(nft.getTable(Family.IP, "d").dormant()).isFalse();
            nft.transaction().addTable(Family.IP, "d", NfTables.NFT_TABLE_F_DORMANT).commit();
        }
        assertThat(NftJson.text(ours)).contains("flags dormant").isEqualTo(NftJson.text(theirs));
    }

    @Test
    void missingTablesAndChainsAreNoSuchObject(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            assertThatThrownBy(() -> nft.getTable(Family.IP, "nosuch"))
                    .isInstanceOf(NoSuchObjectException.class)
                    .hasMessageContaining("table ip nosuch");
            nft.transaction().addTable(Family.IP, "t").commit();
            assertThatThrownBy(() -> nft.getChain(Family.IP, "t", "nosuch")).isInstanceOf(NoSuchObjectException.class);
            assertThatThrownBy(() -> nft.getTable(Family.IP6, "t")).isInstanceOf(NoSuchObjectException.class);
            assertThat(nft.listChains(Family.IP, "nosuch")).isEmpty();
        }
    }

    @Test
    void addLeavesAnExistingTableAndChainWhileCreateRefusesThem(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            nft.transaction().addTable(Family.IP, "t").addChain(Family.IP, "t", "c").commit();
            nft.transaction().addTable(Family.IP, "t").addChain(Family.IP, "t", "c").commit();
            assertThat(nft.listChains()).hasSize(1);
            assertThatThrownBy(() -> nft.transaction().createTable(Family.IP, "t").commit())
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.getCause()).isInstanceOf(AlreadyExistsException.class);
                        assertThat(e.attribute()).isEqualTo("NFTA_TABLE_NAME \"t\"");
                    });
            assertThatThrownBy(() -> nft.transaction().createChain(Family.IP, "t", "c", null).commit())
                    .isInstanceOfSatisfying(TransactionException.class,
                            e -> assertThat(e.getCause()).isInstanceOf(AlreadyExistsException.class));
        }
    }

    @Test
    void deleteTableRemovesItWithEverythingInIt(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            nft.transaction().deleteTable(Family.INET, "t").deleteTable(Family.ARP, "t").commit();
            assertThat(nft.listTables()).extracting(t -> t.family() + " " + t.name())
                    .containsExactly("ip t", "ip6 t", "bridge t", "netdev t");
            assertThat(NftJson.all(NftJson.ruleset(ns), "table")).hasSize(4);
            assertThatThrownBy(() -> nft.transaction().deleteTable(Family.INET, "t").commit())
                    .isInstanceOfSatisfying(TransactionException.class,
                            e -> assertThat(e.getCause()).isInstanceOf(NoSuchObjectException.class));
            nft.transaction().flushRuleset().commit();
            assertThat(nft.listTables()).isEmpty();
            assertThat(NftJson.ruleset(ns)).isEmpty();
        }
    }

    @Test
    void flushTableAndFlushChainRemoveRulesButKeepChains(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, """
                add table ip t
                add chain ip t a
                add chain ip t b
                add rule ip t a counter
                add rule ip t a accept
                add rule ip t b counter
                add table ip u
                add chain ip u a
                add rule ip u a counter
                """);
        try (NftClient nft = NftClient.open(ns)) {
            nft.transaction().flushChain(Family.IP, "t", "a").commit();
            assertThat(nft.listRules(Family.IP, "t")).extracting(Rule::chain).containsExactly("b");
            nft.transaction().flushTable(Family.IP, "t").commit();
            assertThat(nft.listRules(Family.IP, "t")).isEmpty();
            assertThat(nft.listChains(Family.IP, "t")).extracting(Chain::name).containsExactly("a", "b");
            assertThat(nft.listRules(Family.IP, "u")).hasSize(1);
        }
        assertThat(NftJson.all(NftJson.ruleset(ns), "rule")).hasSize(1);
    }

    @Test
    void renameChainRenamesByHandleAndKeepsItsRules(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, "add table inet t\nadd chain inet t old\nadd rule inet t old counter\n");
        try (NftClient nft = NftClient.open(ns)) {
            long handle = nft.getChain(Family.INET, "t", "old").handle();
            nft.transaction().renameChain(Family.INET, "t", "old", "new").commit();
            Chain renamed = nft.getChain(Family.INET, "t", "new");
            assertThat(renamed.handle()).isEqualTo(handle);
            assertThat(nft.listRules(Family.INET, "t", "new")).hasSize(1);
            nft.transaction().renameChain(renamed, "newer").commit();
            assertThat(nft.listChains(Family.INET, "t")).extracting(Chain::name).containsExactly("newer");
            assertThatThrownBy(() -> nft.transaction().renameChain(Family.INET, "t", "missing", "x").commit())
                    .isInstanceOf(NoSuchObjectException.class);
        }
        assertThat(NftJson.all(NftJson.ruleset(ns), "chain").get(0).get("name").asText()).isEqualTo("newer");
    }

    @Test
    void deleteChainRemovesAnEmptyChainAndRefusesOneInUse(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, "add table ip t\nadd chain ip t a\nadd chain ip t b\nadd rule ip t a jump b\n");
        try (NftClient nft = NftClient.open(ns)) {
            assertThatThrownBy(() -> nft.transaction().deleteChain(Family.IP, "t", "b").commit())
                    .isInstanceOfSatisfying(TransactionException.class,
                            e -> assertThat(e.getCause()).isInstanceOf(ResourceBusyException.class));
            nft.transaction().flushChain(Family.IP, "t", "a").deleteChain(Family.IP, "t", "b").commit();
            assertThat(nft.listChains()).extracting(Chain::name).containsExactly("a");
        }
    }

    @Test
    void badNamesAreRefusedBeforeAnythingIsSent(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            Transaction tx = nft.transaction();
            assertThatThrownBy(() -> tx.addTable(Family.IP, "")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("table name is empty");
            assertThatThrownBy(() -> tx.addTable(Family.IP, "x".repeat(256))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("256 bytes");
            assertThatThrownBy(() -> tx.addChain(Family.IP, "t", "é".repeat(128))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("chain name is 256 bytes");
            assertThatThrownBy(() -> tx.addChain(Family.IP, "t", "a\0b")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> tx.addChain(Family.NETDEV, "t", "c",
                    BaseChain.of(ChainType.FILTER, Hook.INGRESS, 0).withDevice("a-very-long-device-name")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("device name");
            assertThatThrownBy(() -> tx.addChain(Family.ARP, "t", "c", BaseChain.of(ChainType.FILTER, Hook.PREROUTING, 0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arp has no prerouting hook");
            assertThatThrownBy(() -> tx.addChain(Family.IP, "t", "c", ChainType.FILTER, Hook.INPUT, Priority.OUT, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority out");
            assertThat(tx.size()).isZero();
            // the longest name the kernel takes is fine
            String longest = "n".repeat(255);
            tx.addTable(Family.IP, longest).commit();
            assertThat(nft.getTable(Family.IP, longest).name()).isEqualTo(longest);
        }
    }

    @Test
    void aClientOpenedOnAThreadInsideANamespaceWorksOnThatNamespace(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, "add table ip mine\n");
        // open() takes the calling thread's namespace: here a helper thread inside ns
        try (NftClient nft = ns.run(() -> NftClient.open())) {
            assertThat(nft.listTables()).extracting(Table::name).containsExactly("mine");
            nft.transaction().addChain(Family.IP, "mine", "c").commit();
        }
        assertThat(NftJson.all(NftJson.ruleset(ns), "chain")).hasSize(1);
    }
}
