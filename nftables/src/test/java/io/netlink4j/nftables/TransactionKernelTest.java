package io.netlink4j.nftables;

import static io.netlink4j.nftables.NftVectorsTest.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.RawExpression;
import io.netlink4j.core.socket.SocketOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@KernelTest
class TransactionKernelTest {
    static final String FOUNDING_SCRIPT = """
            add table inet filter
            add chain inet filter forward { type filter hook forward priority 0 ; policy drop ; }
            add rule inet filter forward iifname "veth01" oifname "eth0" accept
            add rule inet filter forward iifname "eth0" oifname "veth01" accept
            add table ip nat
            add chain ip nat postrouting { type nat hook postrouting priority 100 ; }
            add rule ip nat postrouting ip saddr 192.168.8.0/24 oifname "eth0" masquerade
            """;

    static Rule outbound() {
        return Rule.of(Family.INET, "filter", "forward",
                concat(Raw.iifname("veth01"), Raw.oifname("eth0"), new Expression[] {Raw.accept()}));
    }

    static Rule inbound() {
        return Rule.of(Family.INET, "filter", "forward",
                concat(Raw.iifname("eth0"), Raw.oifname("veth01"), new Expression[] {Raw.accept()}));
    }

    static Rule masquerade() {
        return Rule.of(Family.IP, "nat", "postrouting",
                concat(Raw.ipSaddrPrefix24(192, 168, 8), Raw.oifname("eth0"), new Expression[] {Raw.masquerade()}));
    }

    static Transaction founding(NftClient nft) {
        return nft.transaction()
                .addTable(Family.INET, "filter")
                .addChain(Family.INET, "filter", "forward", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP)
                .addRule(outbound())
                .addRule(inbound())
                .addTable(Family.IP, "nat")
                .addChain(Family.IP, "nat", "postrouting", BaseChain.of(ChainType.NAT, Hook.POSTROUTING, 100))
                .addRule(masquerade());
    }

    @Test
    void theFoundingScenarioCommitsInOneTransactionExactlyAsNftWouldCreateIt(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, FOUNDING_SCRIPT);

        CommitResult result;
        try (NftClient nft = NftClient.open(ours)) {
            result = founding(nft).commit();
            assertThat(result.generation()).isEqualTo(nft.generation());
        }

        assertThat(NftJson.ruleset(ours)).isEqualTo(NftJson.ruleset(theirs));
        List<JsonNode> rules = NftJson.all(NftJson.ruleset(ours), "rule");
        assertThat(result.handles()).containsExactly(
                rules.get(0).get("handle").asLong(), rules.get(1).get("handle").asLong(), rules.get(2).get("handle").asLong());
        assertThat(result.rules().get(2).toString()).startsWith("ip nat postrouting: ");
    }

    @Test
    void aTransactionWhoseFifthCommandIsInvalidChangesNothingAndNamesThatCommand(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, "add table ip keep\nadd chain ip keep c\nadd rule ip keep c counter\n");
        JsonNode before = NftJson.ruleset(ns);
        try (NftClient nft = NftClient.open(ns)) {
            long generation = nft.generation();
            Transaction tx = nft.transaction()
                    .addTable(Family.INET, "filter")
                    .addChain(Family.INET, "filter", "forward", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP)
                    .addRule(outbound())
                    .addTable(Family.ARP, "arpfilter")
                    // the arp family has no nat chains: the kernel refuses this one
                    .addChain(Family.ARP, "arpfilter", "nat", BaseChain.of(ChainType.NAT, Hook.INPUT, 0))
                    .addTable(Family.IP, "nat")
                    .addChain(Family.IP, "nat", "postrouting", BaseChain.of(ChainType.NAT, Hook.POSTROUTING, 100));
            assertThatThrownBy(tx::commit)
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.commandIndex()).isEqualTo(5);
                        assertThat(e.commandCount()).isEqualTo(7);
                        assertThat(e.command()).isEqualTo("add chain arp arpfilter nat { type nat hook input priority filter; }");
                        assertThat(e.errnoName()).isEqualTo("ENOENT");
                        assertThat(e.getCause()).isInstanceOf(NoSuchObjectException.class);
                        assertThat(e.attribute()).isEqualTo("NFTA_CHAIN_TYPE \"nat\"");
                    })
                    .hasMessage("committing nf_tables transaction: command 5 of 7 (add chain arp arpfilter nat"
                            + " { type nat hook input priority filter; }) failed: ENOENT (No such file or directory)"
                            + " - kernel points at NFTA_CHAIN_TYPE \"nat\"; nothing was applied");
            assertThat(nft.generation()).isEqualTo(generation);
        }
        assertThat(NftJson.ruleset(ns)).isEqualTo(before);
    }

    @Test
    void theKernelsExtendedAckTextIsCarried(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            // an expression name longer than the kernel's policy allows: it answers with words
            Rule badName = Rule.of(Family.IP, "t", "c", new RawExpression("x".repeat(300), new byte[0]));
            Transaction tx = nft.transaction()
                    .addTable(Family.IP, "t")
                    .addChain(Family.IP, "t", "c")
                    .addRule(badName);
            assertThatThrownBy(tx::commit)
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.commandIndex()).isEqualTo(3);
                        assertThat(e.errnoName()).isEqualTo("ERANGE");
                        assertThat(e.extendedAck()).isEqualTo("Attribute failed policy validation");
                        assertThat(e.getMessage()).contains("kernel says: Attribute failed policy validation");
                        assertThat(e.attribute()).startsWith("NFTA_RULE_EXPRESSIONS > expression 1 (xxxx");
                    });
        }
        assertThat(NftJson.ruleset(ns)).isEmpty();
    }

    @Test
    void aRuleInAMissingChainIsRefusedWithTheChainNamed(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            Transaction tx = nft.transaction()
                    .addTable(Family.INET, "filter")
                    .addRule(Rule.of(Family.INET, "filter", "nosuch", Raw.accept()));
            assertThatThrownBy(tx::commit)
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.commandIndex()).isEqualTo(2);
                        assertThat(e.getCause()).isInstanceOf(NoSuchObjectException.class);
                        assertThat(e.attribute()).isEqualTo("NFTA_RULE_CHAIN \"nosuch\"");
                    });
            assertThat(nft.listTables()).isEmpty();
        }
    }

    @Test
    void aJumpToAMissingChainIsRefusedByTheKernelAndNothingIsApplied(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            Transaction tx = nft.transaction()
                    .addTable(Family.IP, "t")
                    .addChain(Family.IP, "t", "c")
                    .addRule(Rule.of(Family.IP, "t", "c", Raw.verdict(Verdict.jump("missing"))));
            assertThatThrownBy(tx::commit)
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.commandIndex()).isEqualTo(3);
                        assertThat(e.errnoName()).isEqualTo("ENOENT");
                        assertThat(e.attribute()).startsWith("NFTA_RULE_EXPRESSIONS > expression 1 (immediate)");
                    });
            assertThat(nft.listTables()).isEmpty();
        }
    }

    @Test
    void aConcurrentChangeSinceTheBoundGenerationIsReportedNotOverwritten(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            nft.transaction().addTable(Family.INET, "filter").addChain(Family.INET, "filter", "c").commit();
            long seen = nft.generation();
            Transaction tx = nft.transaction().expectGeneration(seen)
                    .flushChain(Family.INET, "filter", "c")
                    .addRule(Rule.of(Family.INET, "filter", "c", Raw.accept()).withComment("mine"));

            NftJson.script(ns, "add rule inet filter c counter comment \"someone else's\"\n");
            JsonNode afterTheirs = NftJson.ruleset(ns);

            assertThatThrownBy(tx::commit)
                    .isInstanceOfSatisfying(GenerationChangedException.class, e -> {
                        assertThat(e.expectedGeneration()).isEqualTo((int) seen);
                        assertThat(e.errnoName()).isEqualTo("ERESTART");
                        assertThat(e.commandIndex()).isZero();
                        assertThat(e.commandCount()).isEqualTo(2);
                    })
                    .hasMessageContaining("changed since generation " + seen);
            assertThat(NftJson.ruleset(ns)).isEqualTo(afterTheirs);
            assertThat(nft.listRules(Family.INET, "filter", "c")).extracting(Rule::comment).containsExactly("someone else's");
        }
    }

    @Test
    void aTransactionBoundToTheCurrentGenerationCommitsAndHandsOnTheNextOne(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            CommitResult first = nft.transaction().expectGeneration(nft.generation())
                    .addTable(Family.IP, "t").addChain(Family.IP, "t", "c").commit();
            CommitResult second = nft.transaction().expectGeneration(first.generation())
                    .addRule(Rule.of(Family.IP, "t", "c", Raw.counter())).commit();
            assertThat(second.generation()).isGreaterThan(first.generation()).isEqualTo(nft.generation());
            assertThatThrownBy(() -> nft.transaction().expectGeneration(first.generation())
                    .addRule(Rule.of(Family.IP, "t", "c", Raw.counter())).commit())
                    .isInstanceOf(GenerationChangedException.class);
            assertThat(nft.listRules(Family.IP, "t", "c")).hasSize(1);
        }
    }

    @Test
    void aTransactionTooBigForOneDatagramIsRefusedBeforeAnythingIsSent(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        SocketOptions d = SocketOptions.defaults();
        SocketOptions small = new SocketOptions(d.kernelReceiveBuffer(), 8192, d.datagramBuffer(), d.timeout(), false, true);
        try (NftClient nft = NftClient.open(ns, small)) {
            Transaction tx = nft.transaction().addTable(Family.IP, "t").addChain(Family.IP, "t", "c");
            for (int i = 0; i < 200; i++) {
                tx.addRule(Rule.of(Family.IP, "t", "c", Raw.counter(), Raw.accept()));
            }
            assertThatThrownBy(tx::commit).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one datagram");
            assertThat(nft.listTables()).isEmpty();
            // the client is still usable afterwards
            nft.transaction().addTable(Family.IP, "t").commit();
            assertThat(nft.listTables()).extracting(Table::name).containsExactly("t");
        }
    }

    @Test
    void aLargeTransactionGoesThroughInOneBatch(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            Transaction tx = nft.transaction().addTable(Family.IP, "t").addChain(Family.IP, "t", "c");
            for (int i = 0; i < 2000; i++) {
                tx.addRule(Rule.of(Family.IP, "t", "c", Raw.counter(), Raw.accept()).withComment("rule " + i));
            }
            CommitResult r = tx.commit();
            assertThat(r.handles()).hasSize(2000).doesNotHaveDuplicates();
            List<Rule> listed = nft.listRules(Family.IP, "t", "c");
            assertThat(listed).hasSize(2000);
            assertThat(listed.get(1999).comment()).isEqualTo("rule 1999");
            assertThat(listed).extracting(Rule::handle).containsExactlyElementsOf(r.handles());
        }
    }

    @Test
    void anEmptyTransactionSendsNothing(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            long g = nft.generation();
            CommitResult r = nft.transaction().commit();
            assertThat(r.rules()).isEmpty();
            assertThat(nft.generation()).isEqualTo(g);
        }
    }

    @Test
    void aTransactionCommitsOnce(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            Transaction tx = nft.transaction().addTable(Family.IP, "t");
            tx.commit();
            assertThatThrownBy(tx::commit).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> tx.addTable(Family.IP, "u")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void manyThreadsShareOneClient(Sandbox sandbox) throws Exception {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            nft.transaction().addTable(Family.INET, "t").commit();
            int threads = 8;
            int perThread = 25;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<Long>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String chain = "c" + t;
                    futures.add(pool.submit(() -> {
                        nft.transaction().addChain(Family.INET, "t", chain).commit();
                        List<Long> handles = new ArrayList<>();
                        for (int i = 0; i < perThread; i++) {
                            handles.add(nft.transaction().addRule(Rule.of(Family.INET, "t", chain, Raw.counter())).commit().handle());
                            assertThat(nft.listRules(Family.INET, "t", chain)).hasSize(i + 1);
                        }
                        return handles;
                    }));
                }
                for (int t = 0; t < threads; t++) {
                    List<Long> handles = futures.get(t).get(60, TimeUnit.SECONDS);
                    assertThat(nft.listRules(Family.INET, "t", "c" + t)).extracting(Rule::handle).containsExactlyElementsOf(handles);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(NftJson.all(NftJson.ruleset(ns), "rule")).hasSize(threads * perThread);
        }
    }

    @Test
    void aRulesetSnapshotIsConsistentAndGuardsTheChangesDecidedFromIt(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, FOUNDING_SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            Ruleset snapshot = nft.ruleset();
            assertThat(snapshot.generation()).isEqualTo(nft.generation());
            assertThat(snapshot.tables()).isEqualTo(nft.listTables());
            assertThat(snapshot.chains()).isEqualTo(nft.listChains());
            assertThat(snapshot.rules()).isEqualTo(nft.listRules());
            assertThat(snapshot.rules(Family.INET, "filter", "forward")).hasSize(2);

            // decide from the snapshot: delete the first forward rule, only if nothing moved since
            Rule first = snapshot.rules(Family.INET, "filter", "forward").get(0);
            nft.transaction().expectGeneration(snapshot.generation()).deleteRule(first).commit();
            assertThat(nft.listRules(Family.INET, "filter", "forward")).hasSize(1);
            assertThatThrownBy(() -> nft.transaction().expectGeneration(snapshot.generation()).deleteRule(first).commit())
                    .isInstanceOf(GenerationChangedException.class);
        }
    }
}
