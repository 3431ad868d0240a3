package io.netlink4j.nftables;

import static io.netlink4j.nftables.Wire.encode;
import static io.netlink4j.nftables.Wire.hex;
import static io.netlink4j.nftables.Wire.message;
import static io.netlink4j.nftables.Wire.nftMessage;
import static io.netlink4j.nftables.Wire.withoutSeq;
import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.RawExpression;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The messages netlink4j encodes for the operations of the golden capture (nft 1.0.6,
 * 10-nft.json) carry the same header fields and attributes, byte for byte except the sequence
 * number; and the kernel's answers in that capture decode to what nft printed.
 */
class NftVectorsTest {
    private static final String REQUEST = "request";

    private static void assertSameAsNft(Command ours, int nftCommand) {
        byte[] theirs = nftMessage(nftCommand, REQUEST);
        assertThat(hex(withoutSeq(encode(ours)))).as(ours.describe()).isEqualTo(hex(withoutSeq(theirs)));
    }

    @Test
    void addTableIsEncodedLikeNftAddTable() {
        assertSameAsNft(new Command.NewTable(Family.IP, "nat", 0, false), 0);
        assertSameAsNft(new Command.NewTable(Family.INET, "filter", 0, false), 3);
    }

    @Test
    void addNatBaseChainIsEncodedLikeNft() {
        BaseChain postrouting = BaseChain.of(ChainType.NAT, Hook.POSTROUTING, Priority.SRCNAT.value(Family.IP));
        assertSameAsNft(new Command.NewChain(Family.IP, "nat", "postrouting", postrouting, false), 1);
    }

    @Test
    void addFilterBaseChainWithDropPolicyIsEncodedLikeNft() {
        BaseChain forward = BaseChain.of(ChainType.FILTER, Hook.FORWARD, 0).withPolicy(Policy.DROP);
        assertSameAsNft(new Command.NewChain(Family.INET, "filter", "forward", forward, false), 4);
    }

    @Test
    void foundingScenarioRulesAreEncodedLikeNft() {
        Rule masq = Rule.of(Family.IP, "nat", "postrouting", concat(Raw.ipSaddrPrefix24(192, 168, 8),
                Raw.oifname("eth0"), new Expression[] {Raw.masquerade()}));
        assertSameAsNft(new Command.NewRule(masq, Command.Placement.APPEND, 0, masq.text()), 2);

        Rule out = Rule.of(Family.INET, "filter", "forward", concat(Raw.iifname("veth01"), Raw.oifname("eth0"),
                new Expression[] {Raw.accept()}));
        assertSameAsNft(new Command.NewRule(out, Command.Placement.APPEND, 0, out.text()), 5);

        Rule counted = Rule.of(Family.INET, "filter", "forward", Raw.counter(), Raw.accept());
        assertSameAsNft(new Command.NewRule(counted, Command.Placement.APPEND, 0, counted.text()), 7);
    }

    @Test
    void aRuleNftSentDecodesToRawExpressionsThatReencodeByteForByte() {
        // "decode raw, re-add": what nft wrote for ... ct state established,related accept
        byte[] theirs = nftMessage(6, REQUEST);
        Rule rule = NftCodec.rule(message(theirs));
        assertThat(rule.family()).isEqualTo(Family.INET);
        assertThat(rule.table()).isEqualTo("filter");
        assertThat(rule.chain()).isEqualTo("forward");
        assertThat(rule.expressions()).extracting(Expression::kind)
                .containsExactly("meta", "cmp", "meta", "cmp", "ct", "bitwise", "cmp", "immediate");
        Command again = new Command.NewRule(rule, Command.Placement.APPEND, 0, rule.text());
        assertThat(hex(withoutSeq(encode(again)))).isEqualTo(hex(withoutSeq(theirs)));
    }

    @Test
    void deleteRuleByHandleIsEncodedLikeNft() {
        assertSameAsNft(new Command.DeleteRule(Family.INET, "filter", "forward", 4), 8);
    }

    @Test
    void deleteTableIsEncodedLikeNft() {
        assertSameAsNft(new Command.DeleteTable(Family.IP, "nat"), 9);
    }

    @Test
    void flushRulesetIsABareDeleteTableOfFamilyUnspec() {
        assertSameAsNft(new Command.FlushRuleset(), 10);
    }

    @Test
    void batchFramingIsEncodedLikeNft() {
        List<byte[]> framing = Wire.nftMessages(2, "batch framing");
        assertThat(framing).hasSize(2);
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int begin = w.beginMessage(NfTables.NFNL_MSG_BATCH_BEGIN, Netlink.NLM_F_REQUEST, 0, 0);
        w.u8(0).u8(0).u16be(NfTables.NFNL_SUBSYS_NFTABLES);
        w.endMessage(begin);
        byte[] ours = new byte[b.readableBytes()];
        b.getBytes(0, ours);
        assertThat(hex(ours)).isEqualTo(hex(framing.get(0)));
        // BATCH_END differs from BEGIN only in its type
        byte[] end = ours.clone();
        end[4] = (byte) NfTables.NFNL_MSG_BATCH_END;
        assertThat(hex(withoutSeq(end))).isEqualTo(hex(withoutSeq(framing.get(1))));
    }

    @Test
    void tableDumpPartsDecodeToTheTablesNftListed() {
        List<byte[]> parts = Wire.nftMessages(5, "dump part");
        Table nat = NftCodec.table(message(parts.get(0)));
        Table filter = NftCodec.table(message(parts.get(1)));
        assertThat(nat).isEqualTo(new Table(Family.IP, "nat", 0, 1, 1));
        assertThat(filter).isEqualTo(new Table(Family.INET, "filter", 0, 2, 1)); // holds chain forward
        assertThat(filter.toString()).isEqualTo("table inet filter # handle 2");
    }

    @Test
    void chainDumpPartsDecodeToBaseChainsWithHookPriorityAndPolicy() {
        List<byte[]> parts = Wire.nftMessages(6, "dump part");
        Chain postrouting = NftCodec.chain(message(parts.get(2)));
        Chain forward = NftCodec.chain(message(parts.get(3)));
        assertThat(postrouting.base()).isEqualTo(new BaseChain(ChainType.NAT, Hook.POSTROUTING, 100, Policy.ACCEPT, null));
        assertThat(postrouting.handle()).isEqualTo(1);
        assertThat(postrouting.use()).isEqualTo(1); // the masquerade rule
        assertThat(forward.base()).isEqualTo(new BaseChain(ChainType.FILTER, Hook.FORWARD, 0, Policy.DROP, null));
        assertThat(forward.toString())
                .isEqualTo("chain inet filter forward { type filter hook forward priority filter; policy drop; } # handle 1");
    }

    @Test
    void generationRepliesDecodeToTheirId() {
        byte[] reply = Wire.nftMessages(2, "reply").get(0);
        assertThat(NftCodec.generation(message(reply))).isEqualTo(3);
    }

    @Test
    void anExpressionKindWithoutADecoderStaysRawAndReencodesByteForByte() {
        Rule rule = Rule.of(Family.IP, "t", "c", new RawExpression("nosuchexpr", new byte[] {8, 0, 1, 0, 0, 0, 0, 42}),
                Raw.accept());
        byte[] sent = encode(new Command.NewRule(rule, Command.Placement.APPEND, 0, rule.text()));
        Rule back = NftCodec.rule(message(sent));
        assertThat(back.expressions().get(0)).isEqualTo(new RawExpression("nosuchexpr", new byte[] {8, 0, 1, 0, 0, 0, 0, 42}));
        assertThat(back.expressions().get(1)).isNotInstanceOf(RawExpression.class); // immediate has a decoder
        assertThat(hex(encode(new Command.NewRule(back, Command.Placement.APPEND, 0, back.text())))).isEqualTo(hex(sent));
    }

    static Expression[] concat(Expression[]... parts) {
        int n = 0;
        for (Expression[] p : parts) {
            n += p.length;
        }
        Expression[] out = new Expression[n];
        int i = 0;
        for (Expression[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
